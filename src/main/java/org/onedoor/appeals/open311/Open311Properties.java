package org.onedoor.appeals.open311;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param jurisdictionId the jurisdiction_id clients may send (any other is refused)
 * @param changeset when this endpoint's behaviour last changed, as discovery reports it
 * @param endpointType production or test, as discovery reports it
 */
@ConfigurationProperties("onedoor.open311")
record Open311Properties(@DefaultValue("guiyang.onedoor.gov.cn") String jurisdictionId,
		@DefaultValue("2026-11-26T00:00:00+08:00") String changeset, @DefaultValue("production") String endpointType) {
}
