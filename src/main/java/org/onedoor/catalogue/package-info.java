/**
 * The catalogue of government services (政务服务事项): each item with the elements of China's
 * implementation list (实施清单) — codes, type, implementing unit, legal basis, conditions, steps,
 * statutory and promised time limits, fees, place, materials — versioned and audited, plus the
 * reform ledger of steps and materials removed. Other modules read published items through
 * {@link org.onedoor.catalogue.Catalogue}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalogue 政务服务事项")
package org.onedoor.catalogue;
