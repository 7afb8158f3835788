package org.onedoor.community;

import java.util.List;

/**
 * Who may see an elderly person's data: the organisers of their community and the volunteers
 * and staff assigned to them, nobody else (not administrators, not other communities). Kept as
 * one SQL condition that every roster query includes, so no query can forget it.
 */
final class ElderVisibility {

	private ElderVisibility() {
	}

	/** The condition on alias {@code e}; binds {@code :viewer} and {@code :organised}. */
	static final String CONDITION = """
			(e.community_id in (:organised)
			 or exists (select 1 from community.elder_carer ec where ec.elder_id = e.id and ec.account_id = :viewer))""";

	/** Community ids the viewer organises, with an impossible id so {@code in ()} is never empty. */
	static List<Long> organised(List<Community> communities) {
		List<Long> ids = new java.util.ArrayList<>(communities.stream().map(Community::id).toList());
		ids.add(-1L);
		return ids;
	}

}
