package org.onedoor.catalogue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The reform figures of one unit or of all: steps and materials removed, and how many
 * materials a published item asks for on average (Guizhou's target: under {@value #TARGET}).
 *
 * @param unitCode {@code null} for the total
 */
record ReformFigures(String unitCode, String unitName, int items, int materials, int stepsRemoved,
		int materialsRemoved) {

	static final int TARGET = 7;

	/** Materials per item, two decimals; zero when the unit has no items. */
	public BigDecimal averageMaterials() {
		return items == 0 ? BigDecimal.ZERO
				: BigDecimal.valueOf(materials).divide(BigDecimal.valueOf(items), 2, RoundingMode.HALF_UP);
	}

	public boolean meetsTarget() {
		return averageMaterials().compareTo(BigDecimal.valueOf(TARGET)) < 0;
	}

	static ReformFigures total(List<ReformFigures> units) {
		return new ReformFigures(null, null, units.stream().mapToInt(ReformFigures::items).sum(),
				units.stream().mapToInt(ReformFigures::materials).sum(),
				units.stream().mapToInt(ReformFigures::stepsRemoved).sum(),
				units.stream().mapToInt(ReformFigures::materialsRemoved).sum());
	}

}
