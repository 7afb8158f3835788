package org.onedoor.appeals.reference;

import java.util.Locale;

/** The cached tables of the appeals schema; each has a row in {@code appeals.reference_version}. */
public enum ReferenceKind {

	CATEGORY, DEADLINE_RULE, DUPLICATE_SYNONYM, AUTO_DISPATCH;

	/** The table's name, which is also its kind in {@code appeals.reference_version}. */
	String table() {
		return name().toLowerCase(Locale.ROOT);
	}

}
