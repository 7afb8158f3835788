package org.onedoor.appeals;

import java.math.BigDecimal;

/**
 * An appeal as it arrives from any channel, before anything is stored. Channels fill it from
 * their forms or messages; {@link AppealIntakeRules} decides whether it may be registered.
 */
public record NewAppeal(Channel channel, AppealType type, PetitionType petitionType, String title, String content,
		String categoryCode, String divisionCode, String address, BigDecimal latitude, BigDecimal longitude,
		String citizenName, String citizenMobile, String citizenIdNumber, Long citizenAccountId, boolean anonymous,
		boolean confidential, Urgency urgency, Long filedByAccountId, boolean filedOnBehalf, String citizenEmail) {

	public NewAppeal {
		urgency = urgency == null ? Urgency.NORMAL : urgency;
	}

	public static Builder on(Channel channel, AppealType type) {
		return new Builder(channel, type);
	}

	/** Channels build appeals field by field from forms and messages of very different shapes. */
	public static final class Builder {

		private final Channel channel;

		private final AppealType type;

		private PetitionType petitionType;

		private String title;

		private String content;

		private String categoryCode;

		private String divisionCode;

		private String address;

		private BigDecimal latitude;

		private BigDecimal longitude;

		private String citizenName;

		private String citizenMobile;

		private String citizenIdNumber;

		private Long citizenAccountId;

		private boolean anonymous;

		private boolean confidential;

		private Urgency urgency = Urgency.NORMAL;

		private Long filedByAccountId;

		private boolean filedOnBehalf;

		private String citizenEmail;

		private Builder(Channel channel, AppealType type) {
			this.channel = channel;
			this.type = type;
		}

		public Builder about(String title, String content) {
			this.title = title;
			this.content = content;
			return this;
		}

		public Builder petition(PetitionType kind) {
			this.petitionType = kind;
			return this;
		}

		public Builder category(String code) {
			this.categoryCode = code;
			return this;
		}

		public Builder place(String division, String address) {
			this.divisionCode = division;
			this.address = address;
			return this;
		}

		public Builder coordinates(BigDecimal latitude, BigDecimal longitude) {
			this.latitude = latitude;
			this.longitude = longitude;
			return this;
		}

		public Builder citizen(String name, String mobile, String idNumber) {
			this.citizenName = name;
			this.citizenMobile = mobile;
			this.citizenIdNumber = idNumber;
			return this;
		}

		public Builder citizenAccount(Long accountId) {
			this.citizenAccountId = accountId;
			return this;
		}

		public Builder anonymous(boolean anonymous) {
			this.anonymous = anonymous;
			return this;
		}

		public Builder confidential(boolean confidential) {
			this.confidential = confidential;
			return this;
		}

		public Builder urgency(Urgency urgency) {
			this.urgency = urgency;
			return this;
		}

		public Builder filedBy(Long accountId, boolean onBehalf) {
			this.filedByAccountId = accountId;
			this.filedOnBehalf = onBehalf;
			return this;
		}

		/** Optional: replies and follow-ups also go by e-mail when the platform has a mail server. */
		public Builder email(String email) {
			this.citizenEmail = email;
			return this;
		}

		public NewAppeal build() {
			return new NewAppeal(channel, type, petitionType, title, content, categoryCode, divisionCode, address,
					latitude, longitude, citizenName, citizenMobile, citizenIdNumber, citizenAccountId, anonymous,
					confidential, urgency, filedByAccountId, filedOnBehalf, citizenEmail);
		}

	}

}
