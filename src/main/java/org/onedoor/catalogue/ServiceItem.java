package org.onedoor.catalogue;

import java.util.List;

/**
 * A published service item as applications and service points see it.
 *
 * @param code implementation code (实施编码), unique
 * @param basicCode basic code (基本编码) shared by the same matter across levels
 * @param name e.g. 律师执业许可
 * @param kind e.g. {@code ADMINISTRATIVE_LICENCE} (行政许可)
 * @param unitId implementing unit in the directory
 * @param unitCode the unit's stable code, e.g. {@code GZ-SFT}
 * @param statutoryDays statutory time limit (法定办结时限) in working days
 * @param promisedDays promised time limit (承诺办结时限) in working days, never above the statutory one
 * @param online whether it can be applied for online (网上可办)
 * @param visitsInPerson how many visits in person at most (跑动次数)
 * @param version the published version number
 */
public record ServiceItem(String code, String basicCode, String name, String kind, long unitId, String unitCode,
		int statutoryDays, int promisedDays, boolean online, int visitsInPerson, int version,
		List<RequiredMaterial> materials, List<ApprovalStep> steps) {

	public ServiceItem {
		materials = List.copyOf(materials);
		steps = List.copyOf(steps);
	}

	/**
	 * A material the applicant brings or uploads.
	 *
	 * @param code stable within the item, e.g. {@code M01}
	 * @param form {@code ORIGINAL}, {@code COPY} or {@code ELECTRONIC}
	 * @param condition when a conditional material is needed, or {@code null} when always required
	 */
	public record RequiredMaterial(String code, String name, String form, boolean required, String condition,
			int copies) {
	}

	/**
	 * One approval step (审批环节): who does it, where, in how many working days.
	 *
	 * @param role an identity role name, e.g. {@code WINDOW_CLERK}, {@code UNIT_HANDLER}, {@code UNIT_HEAD}
	 * @param unitCode the unit doing the step; the implementing unit when {@code null}
	 */
	public record ApprovalStep(int position, String name, String role, String unitCode, int workingDays) {
	}

}
