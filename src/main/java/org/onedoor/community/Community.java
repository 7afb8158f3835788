package org.onedoor.community;

/** A community (社区 / 村) of neighbours, tied to its residents' or villagers' committee division. */
record Community(long id, String code, String name, String divisionCode, Long unitId, Long federationId,
		String motto) {
}
