/**
 * Where and who: China's administrative divisions (to township, Guizhou to village) and the
 * government units that act in them. Other modules reach it through {@link org.onedoor.directory.Directory},
 * reason about codes with {@link org.onedoor.directory.DivisionCode} and may listen to
 * {@link org.onedoor.directory.UnitRegistered} and {@link org.onedoor.directory.UnitChanged}.
 * The divisions are reference data loaded by a Flyway migration; the units are kept by
 * administrators in the staff console.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory 区划与单位")
package org.onedoor.directory;
