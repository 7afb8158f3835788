package org.onedoor.appeals;

/**
 * How much of the citizen a staff member sees. Whoever files a 举报 or a 检举控告类 petition is
 * never shown to the unit it is about, not even on request; anonymous appeals show nobody;
 * everyone else sees masked data until they ask to see it (which is audited).
 */
public enum CitizenVisibility {

	/** Nothing: anonymous. */
	ANONYMOUS,
	/** Nothing, and no reveal: the reporter is protected from the unit concerned. */
	PROTECTED,
	/** Masked, with a "reveal" button. */
	MASKED,
	/** In full, after a reveal. */
	REVEALED;

	/**
	 * @param viewerUnitConcerned whether the viewer acts for the lead unit or a co-unit
	 * @param revealRequested whether the viewer asked to see the data in full
	 */
	public static CitizenVisibility of(AppealType type, PetitionType petitionType, boolean anonymous,
			boolean viewerUnitConcerned, boolean revealRequested) {
		if (anonymous) {
			return ANONYMOUS;
		}
		if (viewerUnitConcerned && protectsReporter(type, petitionType)) {
			return PROTECTED;
		}
		return revealRequested ? REVEALED : MASKED;
	}

	/** 举报 and 检举控告类 protect the person who files them. */
	public static boolean protectsReporter(AppealType type, PetitionType petitionType) {
		return type == AppealType.REPORT || petitionType == PetitionType.ACCUSATION;
	}

	public boolean mayReveal() {
		return this == MASKED;
	}

	public boolean showsAnything() {
		return this == MASKED || this == REVEALED;
	}

}
