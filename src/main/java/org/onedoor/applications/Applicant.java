package org.onedoor.applications;

import org.onedoor.identity.Masking;

/**
 * Who applies: a person (name and resident identity number) or a company (unified social credit
 * code and legal representative), with the mobile number every notice goes to.
 */
record Applicant(Kind kind, String name, String idNumber, String creditCode, String legalRep, String mobile) {

	enum Kind {
		PERSON, COMPANY
	}

	/** As shown to staff who only handle the case, and on the public tracking page. */
	Applicant masked() {
		return new Applicant(kind, kind == Kind.PERSON ? Masking.name(name) : name,
				idNumber == null ? null : Masking.idNumber(idNumber), creditCode,
				legalRep == null ? null : Masking.name(legalRep), Masking.mobile(mobile));
	}

}
