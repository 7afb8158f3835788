package org.onedoor.directory;

/**
 * A government unit (单位): an office or department that handles matters in a division.
 *
 * @param id database identity
 * @param code stable business code, unique, e.g. {@code GY-CGJ} (used by seeds and integrations)
 * @param name e.g. 贵阳市城市管理局
 * @param divisionCode the division it serves
 * @param parentId the unit above it in the chain of supervision, or {@code null}
 * @param active inactive units keep their history but receive no new work
 */
public record Unit(long id, String code, String name, String divisionCode, Long parentId, boolean active) {
}
