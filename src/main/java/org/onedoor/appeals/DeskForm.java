package org.onedoor.appeals;

import java.util.List;

import org.springframework.web.multipart.MultipartFile;

/**
 * What the people's forms post (hotline, board, petition, walk-in). Bound by name; each
 * channel reads the fields it offers and turns them into a {@link NewAppeal}.
 */
class DeskForm {

	private AppealType type;

	private PetitionType petitionType;

	private String title;

	private String content;

	private String categoryCode;

	private String divisionCode;

	private String address;

	private String citizenName;

	private String citizenMobile;

	private String citizenIdNumber;

	private boolean anonymous;

	private boolean confidential;

	private Urgency urgency = Urgency.NORMAL;

	private Long kbAnswerId;

	private String petitionForm;

	private Channel channel;

	private List<MultipartFile> files = List.of();

	/** The builder with everything the forms have in common filled in. */
	NewAppeal.Builder builder(Channel on) {
		return NewAppeal.on(on, type)
			.about(title, content)
			.category(blank(categoryCode))
			.place(blank(divisionCode), address)
			.citizen(citizenName, citizenMobile, citizenIdNumber)
			.anonymous(anonymous)
			.confidential(confidential)
			.urgency(urgency);
	}

	static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public AppealType getType() { return type; }
	public void setType(AppealType type) { this.type = type; }
	public PetitionType getPetitionType() { return petitionType; }
	public void setPetitionType(PetitionType petitionType) { this.petitionType = petitionType; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getContent() { return content; }
	public void setContent(String content) { this.content = content; }
	public String getCategoryCode() { return categoryCode; }
	public void setCategoryCode(String categoryCode) { this.categoryCode = categoryCode; }
	public String getDivisionCode() { return divisionCode; }
	public void setDivisionCode(String divisionCode) { this.divisionCode = divisionCode; }
	public String getAddress() { return address; }
	public void setAddress(String address) { this.address = address; }
	public String getCitizenName() { return citizenName; }
	public void setCitizenName(String citizenName) { this.citizenName = citizenName; }
	public String getCitizenMobile() { return citizenMobile; }
	public void setCitizenMobile(String citizenMobile) { this.citizenMobile = citizenMobile; }
	public String getCitizenIdNumber() { return citizenIdNumber; }
	public void setCitizenIdNumber(String citizenIdNumber) { this.citizenIdNumber = citizenIdNumber; }
	public boolean isAnonymous() { return anonymous; }
	public void setAnonymous(boolean anonymous) { this.anonymous = anonymous; }
	public boolean isConfidential() { return confidential; }
	public void setConfidential(boolean confidential) { this.confidential = confidential; }
	public Urgency getUrgency() { return urgency; }
	public void setUrgency(Urgency urgency) { this.urgency = urgency; }
	public Long getKbAnswerId() { return kbAnswerId; }
	public void setKbAnswerId(Long kbAnswerId) { this.kbAnswerId = kbAnswerId; }
	public String getPetitionForm() { return petitionForm; }
	public void setPetitionForm(String petitionForm) { this.petitionForm = petitionForm; }
	public Channel getChannel() { return channel; }
	public void setChannel(Channel channel) { this.channel = channel; }
	public List<MultipartFile> getFiles() { return files; }
	public void setFiles(List<MultipartFile> files) { this.files = files == null ? List.of() : files; }

}
