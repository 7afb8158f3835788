package org.onedoor.directory;

/**
 * An administrative division with its official 12-digit code.
 *
 * @param code 12 digits, e.g. {@code 520102000000} for 南明区
 * @param name the division's own name, e.g. 南明区
 * @param level its level
 * @param parentCode the enclosing division's code, {@code null} for a province
 * @param fullName names from the province down, e.g. 贵州省贵阳市南明区
 */
public record Division(String code, String name, DivisionLevel level, String parentCode, String fullName) {
}
