package org.onedoor.catalogue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The reform figures: averages and the under-7 target; pure. */
class ReformFiguresTests {

	@Test
	void averageIsMaterialsPerItemWithTwoDecimals() {
		ReformFigures f = new ReformFigures("GZ-SFT", "贵州省司法厅", 3, 13, 1, 2);
		assertThat(f.averageMaterials()).isEqualByComparingTo(new BigDecimal("4.33"));
		assertThat(f.meetsTarget()).isTrue();
	}

	@Test
	void sevenOnAverageMissesTheTarget() {
		assertThat(new ReformFigures("X", "X", 2, 14, 0, 0).meetsTarget()).isFalse();
		assertThat(new ReformFigures("X", "X", 0, 0, 3, 0).averageMaterials()).isEqualByComparingTo(BigDecimal.ZERO);
	}

	@Test
	void totalAddsUnitsUp() {
		ReformFigures total = ReformFigures.total(List.of(new ReformFigures("A", "A", 2, 6, 1, 2),
				new ReformFigures("B", "B", 3, 9, 0, 4)));
		assertThat(total).isEqualTo(new ReformFigures(null, null, 5, 15, 1, 6));
		assertThat(total.averageMaterials()).isEqualByComparingTo("3.00");
	}

}
