package org.onedoor.catalogue;

import java.util.Arrays;

/** Life events (人生事件) by which citizens browse the hall, in the order shown. */
enum LifeEvent {

	BIRTH, SCHOOL, WORK, MARRIAGE, BUSINESS, HOUSING, MEDICAL, RETIREMENT, TRAVEL, LEGAL, DEATH;

	static boolean known(String name) {
		return Arrays.stream(values()).anyMatch(e -> e.name().equals(name));
	}

}
