package org.onedoor.platform;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether demo data belongs in this database. {@code ONEDOOR_DEMO} decides when set; otherwise
 * demo data comes with the embedded database and never with an external one, so a production
 * server cannot receive demo accounts by accident.
 */
@Component
class DemoMode {

	private final boolean enabled;

	DemoMode(Environment environment) {
		Boolean explicit = environment.getProperty("onedoor.demo", Boolean.class);
		this.enabled = explicit != null ? explicit : NoExternalDatabase.in(environment);
	}

	boolean enabled() {
		return enabled;
	}

}
