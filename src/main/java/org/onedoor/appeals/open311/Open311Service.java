package org.onedoor.appeals.open311;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Open311 service: a first- or second-level appeal category. Third-level categories are
 * offered as the {@code subcategory} attribute of their second-level service, so a client can
 * pick the exact category without the service list growing to hundreds of entries.
 *
 * @param group the first-level category's name (for second-level services), else null
 * @param children the categories one level down: the choices of the {@code subcategory} attribute
 */
record Open311Service(String code, String name, String group, List<Child> children) {

	record Child(String code, String name) {
	}

	/** "其他" alone says nothing in a flat list; the group makes it "其他（城乡建设）". */
	String displayName() {
		return group != null && name.equals("其他") ? name + "（" + group + "）" : name;
	}

	Map<String, Object> toMap() {
		Map<String, Object> service = new LinkedHashMap<>();
		service.put("service_code", code);
		service.put("service_name", displayName());
		service.put("description", group == null ? name : group + " › " + name);
		service.put("metadata", true);
		service.put("type", "realtime");
		service.put("keywords", children.isEmpty() ? null : String.join(",", children.stream().map(Child::name).toList()));
		service.put("group", group == null ? name : group);
		return service;
	}

}
