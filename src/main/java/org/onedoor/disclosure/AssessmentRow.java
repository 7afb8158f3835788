package org.onedoor.disclosure;

/** One unit in the 绩效考核 ranking; {@code rank} is shared by equal scores (1, 2, 2, 4). */
public record AssessmentRow(int rank, UnitFigures figures, Double score) {
}
