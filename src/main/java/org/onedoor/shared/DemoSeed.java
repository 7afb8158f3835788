package org.onedoor.shared;

/**
 * A module's share of the demo data. The platform runs every seed once per database, in
 * {@link #order()}, only when demo data is switched on, and records that it ran so a restart
 * or a second node never seeds twice.
 */
public interface DemoSeed {

	/** Stable name recorded in the database once the seed ran. */
	String name();

	/** Lower runs first; seeds that need another module's demo data run after it. */
	int order();

	void seed();

}
