package org.onedoor.appeals;

import org.onedoor.identity.Masking;

/** The citizen as one staff member may see them on the detail page. */
record CitizenCard(CitizenVisibility visibility, String name, String mobile, String idNumber, boolean filedOnBehalf) {

	static CitizenCard of(AppealCase appeal, boolean viewerUnitConcerned, boolean reveal) {
		CitizenVisibility visibility = CitizenVisibility.of(appeal.type(), appeal.petitionType(), appeal.anonymous(),
				viewerUnitConcerned, reveal);
		return switch (visibility) {
			case ANONYMOUS, PROTECTED -> new CitizenCard(visibility, null, null, null, false);
			case MASKED -> new CitizenCard(visibility, appeal.citizenName(), Masking.mobile(appeal.citizenMobile()),
					Masking.idNumber(appeal.citizenIdNumber()), false);
			case REVEALED -> new CitizenCard(visibility, appeal.citizenName(), appeal.citizenMobile(),
					appeal.citizenIdNumber(), false);
		};
	}

	boolean hasSomethingToReveal(AppealCase appeal) {
		return visibility.mayReveal() && (appeal.citizenMobile() != null || appeal.citizenIdNumber() != null);
	}

}
