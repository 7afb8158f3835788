package org.onedoor.directory;

/**
 * Everything public about a government unit: what it is, where, what it does and how to reach it.
 *
 * @param id database identity
 * @param code stable business code, e.g. {@code GY-CGJ}
 * @param name e.g. 贵阳市城市管理局
 * @param kind what sort of unit
 * @param divisionCode the division it serves
 * @param divisionName that division's full name, e.g. 贵州省贵阳市
 * @param level that division's level, i.e. the unit's level
 * @param parentId the unit above it in the chain of supervision, or {@code null}
 * @param parentName that unit's name, or {@code null}
 * @param duties its duties (职责) in words a citizen understands
 * @param phone public telephone, or {@code null}
 * @param address street address, or {@code null}
 * @param active whether it receives new work
 * @param version optimistic-lock version, sent back with an edit
 */
public record UnitProfile(long id, String code, String name, UnitKind kind, String divisionCode, String divisionName,
		DivisionLevel level, Long parentId, String parentName, String duties, String phone, String address,
		boolean active, int version) {

	public Unit unit() {
		return new Unit(id, code, name, divisionCode, parentId, active);
	}

}
