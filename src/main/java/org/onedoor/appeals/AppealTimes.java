package org.onedoor.appeals;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/** Instants on staff pages, always in China's time (as {@code ${@appealTimes.format(...)}}). */
@Component("appealTimes")
class AppealTimes {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Shanghai"));

	public String format(Instant instant) {
		return instant == null ? "" : FORMAT.format(instant);
	}

}
