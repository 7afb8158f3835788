package org.onedoor.catalogue;

/** The level that implements an item (省/市/县/乡/村) and, as scope, where it is 通办. */
enum ItemLevel {

	PROVINCE, CITY, COUNTY, TOWNSHIP, VILLAGE;

	static boolean known(String name) {
		for (ItemLevel level : values()) {
			if (level.name().equals(name)) {
				return true;
			}
		}
		return false;
	}

}
