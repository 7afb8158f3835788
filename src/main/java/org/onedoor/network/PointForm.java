package org.onedoor.network;

import java.util.Arrays;
import java.util.List;

/** A point's details as typed into the form or read from one CSV row; all text, checked by {@link CheckPoint}. */
class PointForm {

	static final String DEFAULT_HOURS = "1-5 09:00-12:00,13:30-17:30";

	private String name;

	private String divisionCode;

	private String unitCode;

	private String address;

	private String latitude;

	private String longitude;

	private String phone;

	private String hours = DEFAULT_HOURS;

	private String terminals = "0";

	private boolean agentService;

	private String items;

	static PointForm of(ServicePoint point) {
		PointForm form = new PointForm();
		form.name = point.name();
		form.divisionCode = point.divisionCode();
		form.unitCode = point.unitCode();
		form.address = point.address();
		form.latitude = point.latitude() == null ? null : point.latitude().toPlainString();
		form.longitude = point.longitude() == null ? null : point.longitude().toPlainString();
		form.phone = point.phone();
		form.hours = point.hours();
		form.terminals = Integer.toString(point.terminals());
		form.agentService = point.agentService();
		form.items = String.join(" ", point.items());
		return form;
	}

	/** Item codes separated by spaces, commas or new lines. */
	List<String> itemCodes() {
		return items == null ? List.of()
				: Arrays.stream(items.split("[\\s,，;；|]+")).filter(s -> !s.isBlank()).distinct().toList();
	}

	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getDivisionCode() { return divisionCode; }
	public void setDivisionCode(String divisionCode) { this.divisionCode = divisionCode; }
	public String getUnitCode() { return unitCode; }
	public void setUnitCode(String unitCode) { this.unitCode = unitCode; }
	public String getAddress() { return address; }
	public void setAddress(String address) { this.address = address; }
	public String getLatitude() { return latitude; }
	public void setLatitude(String latitude) { this.latitude = latitude; }
	public String getLongitude() { return longitude; }
	public void setLongitude(String longitude) { this.longitude = longitude; }
	public String getPhone() { return phone; }
	public void setPhone(String phone) { this.phone = phone; }
	public String getHours() { return hours; }
	public void setHours(String hours) { this.hours = hours; }
	public String getTerminals() { return terminals; }
	public void setTerminals(String terminals) { this.terminals = terminals; }
	public boolean isAgentService() { return agentService; }
	public void setAgentService(boolean agentService) { this.agentService = agentService; }
	public String getItems() { return items; }
	public void setItems(String items) { this.items = items; }

}
