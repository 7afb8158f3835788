package org.onedoor.catalogue;

import java.util.HashMap;
import java.util.Map;

/** The item row's columns as named parameters, shared by insert and update. */
record ItemParams(ItemDraft d, long unitId, String actor) {

	Map<String, Object> map() {
		Map<String, Object> p = new HashMap<>();
		p.put("code", d.code());
		p.put("basicCode", d.basicCode());
		p.put("name", d.name().strip());
		p.put("kind", d.kind());
		p.put("unitId", unitId);
		p.put("unitCode", d.unitCode());
		p.put("statutoryDays", d.statutoryDays());
		p.put("promisedDays", d.promisedDays());
		p.put("online", d.online());
		p.put("visits", d.visitsInPerson());
		p.put("level", d.level());
		p.put("summary", d.summary() == null ? "" : d.summary().strip());
		p.put("conditions", d.conditions().strip());
		p.put("place", d.place().strip());
		p.put("hours", d.hours().strip());
		p.put("consultPhone", d.consultPhone().strip());
		p.put("complaintPhone", d.complaintPhone().strip());
		p.put("scope", d.scope());
		p.put("events", String.join(",", d.lifeEvents()));
		p.put("actor", actor);
		return p;
	}

}
