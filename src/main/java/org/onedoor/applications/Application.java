package org.onedoor.applications;

import java.time.LocalDate;
import java.util.List;

import org.onedoor.catalogue.ServiceItem.ApprovalStep;
import org.onedoor.catalogue.ServiceItem.RequiredMaterial;

/** One application as stored, with the item's materials and steps as they were when it was filed. */
record Application(long id, String number, String itemCode, int itemVersion, String itemName, long unitId,
		long hallUnitId, int promisedDays, Channel channel, Long ownerAccountId, long filedByAccount,
		String consentNote, Applicant applicant, List<Field> fields, List<RequiredMaterial> materials,
		List<ApprovalStep> steps, ApplicationState state, Integer stepPosition, String stepRole, Long stepUnitId,
		LocalDate stepStartedOn, ProcessingClock clock, boolean noticeIssued, LocalDate submittedOn,
		LocalDate acceptedOn, String decision, String decisionNote, String resultNumber, String delivery,
		String deliveryAddress, String trackingNumber, LocalDate completedOn, int version) {

	/** A free field of the item's form: what it asks and what the applicant wrote. */
	record Field(String label, String value) {
	}

	ApprovalRoute route() {
		return new ApprovalRoute(steps);
	}

	public ApprovalStep currentStep() {
		return stepPosition == null ? null : route().step(stepPosition);
	}

}
