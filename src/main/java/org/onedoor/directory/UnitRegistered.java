package org.onedoor.directory;

/** A government unit was added to the directory. */
public record UnitRegistered(long unitId, String code, String divisionCode) {
}
