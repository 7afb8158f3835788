package org.onedoor.appeals;

import org.onedoor.shared.DemoSeed;

import org.springframework.stereotype.Component;

/**
 * Demo appeals are stored directly, not through intake; this indexes them for duplicate
 * matching, so an operator filing a matter the demo already has sees it suggested.
 */
@Component
class DuplicateIndexDemoSeed implements DemoSeed {

	private final DuplicateIndexBackfill backfill;

	DuplicateIndexDemoSeed(DuplicateIndexBackfill backfill) {
		this.backfill = backfill;
	}

	@Override
	public String name() {
		return "appeals.duplicate-index";
	}

	/** After the demo appeals (50). */
	@Override
	public int order() {
		return 55;
	}

	@Override
	public void seed() {
		backfill.indexAll();
	}

}
