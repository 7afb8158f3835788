package org.onedoor.catalogue;

import java.time.Instant;

/**
 * The current version of an item with everything an administrator or a guide shows.
 *
 * @param unitName the implementing unit's name from the directory
 * @param published whether citizens and other modules see it
 */
public record ItemSheet(long id, int version, boolean published, String unitName, Instant updatedAt,
		String updatedBy, ItemDraft item) {

	public String code() {
		return item.code();
	}

	/** What lacks a legal basis; empty when every step and material cites one. */
	public java.util.List<String> withoutLegalBasis() {
		return LegalBasisCheck.missing(item);
	}

}
