package org.onedoor.directory;

/**
 * A government unit's details, place in the chain or activity changed.
 *
 * @param active whether it still receives new work after the change
 */
public record UnitChanged(long unitId, String code, boolean active) {
}
