package org.onedoor.appeals.intel;

/** How sure matching is that two appeals are about the same matter. */
public enum DuplicateLevel {

	/** Linked automatically at intake: one matter, one ticket. */
	HIGH,

	/** Shown to the operator or dispatcher, who decides. */
	MEDIUM,

	NONE

}
