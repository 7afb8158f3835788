package org.onedoor.directory;

/** What to look for among units; {@code null} means "any". */
record UnitCriteria(DivisionCode division, UnitKind kind, String name, boolean activeOnly) {
}
