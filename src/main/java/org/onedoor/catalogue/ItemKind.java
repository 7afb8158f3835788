package org.onedoor.catalogue;

/** The type of a service item (事项类型) as the national standard names them. */
enum ItemKind {

	ADMINISTRATIVE_LICENCE, ADMINISTRATIVE_PAYMENT, ADMINISTRATIVE_CONFIRMATION, ADMINISTRATIVE_ADJUDICATION,
	ADMINISTRATIVE_REWARD, OTHER_POWER, PUBLIC_SERVICE;

	static boolean known(String name) {
		for (ItemKind kind : values()) {
			if (kind.name().equals(name)) {
				return true;
			}
		}
		return false;
	}

}
