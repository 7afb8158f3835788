package org.onedoor.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator fills in to register or change a unit. Messages are bundle keys. */
class UnitForm {

	@NotBlank(message = "{directory.unit.code.required}")
	@Pattern(regexp = "\\s*[A-Z0-9]+(-[A-Z0-9]+)*\\s*", message = "{directory.unit.code.pattern}")
	@Size(max = 40, message = "{directory.unit.code.size}")
	private String code;

	@NotBlank(message = "{directory.unit.name.required}")
	@Size(max = 120, message = "{directory.unit.name.size}")
	private String name;

	@NotNull(message = "{directory.unit.kind.required}")
	private UnitKind kind;

	@NotBlank(message = "{directory.unit.division.required}")
	@Pattern(regexp = "\\s*[0-9]{12}\\s*", message = "{directory.division.code.pattern}")
	private String divisionCode;

	private Long parentId;

	@Size(max = 2000, message = "{directory.unit.duties.size}")
	private String duties;

	@Pattern(regexp = "\\s*(\\+?[0-9][0-9 ()-]{2,30})?\\s*", message = "{directory.unit.phone.pattern}")
	private String phone;

	@Size(max = 200, message = "{directory.unit.address.size}")
	private String address;

	static UnitForm of(UnitProfile unit) {
		UnitForm form = new UnitForm();
		form.code = unit.code();
		form.name = unit.name();
		form.kind = unit.kind();
		form.divisionCode = unit.divisionCode();
		form.parentId = unit.parentId();
		form.duties = unit.duties();
		form.phone = unit.phone();
		form.address = unit.address();
		return form;
	}

	public String getCode() { return code; }
	public void setCode(String code) { this.code = code; }
	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public UnitKind getKind() { return kind; }
	public void setKind(UnitKind kind) { this.kind = kind; }
	public String getDivisionCode() { return divisionCode; }
	public void setDivisionCode(String divisionCode) { this.divisionCode = divisionCode; }
	public Long getParentId() { return parentId; }
	public void setParentId(Long parentId) { this.parentId = parentId; }
	public String getDuties() { return duties; }
	public void setDuties(String duties) { this.duties = duties; }
	public String getPhone() { return phone; }
	public void setPhone(String phone) { this.phone = phone; }
	public String getAddress() { return address; }
	public void setAddress(String address) { this.address = address; }

}
