package org.onedoor.applications;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where an application stands. The table says which moves exist; the use cases ask it before
 * they change a row, so no page or API can skip a step.
 */
public enum ApplicationState {

	/** 草稿: the applicant is still filling it in. */
	DRAFT,
	/** 已提交: waiting for the window clerk's check. */
	SUBMITTED,
	/** 补正中: a one-time notice asks for more; the clock stands still. */
	NOTICE_ISSUED,
	/** 不予受理. */
	REJECTED,
	/** 审批中: at one of the item's approval steps. */
	IN_APPROVAL,
	/** 已决定: 准予 or 不予, waiting for delivery. */
	DECIDED,
	/** 已办结: delivered; the applicant may rate it. */
	COMPLETED;

	private static final Map<ApplicationState, Set<ApplicationState>> NEXT = Map.of(DRAFT, EnumSet.of(SUBMITTED),
			SUBMITTED, EnumSet.of(NOTICE_ISSUED, REJECTED, IN_APPROVAL, DECIDED), NOTICE_ISSUED, EnumSet.of(SUBMITTED),
			REJECTED, EnumSet.noneOf(ApplicationState.class), IN_APPROVAL, EnumSet.of(IN_APPROVAL, DECIDED),
			DECIDED, EnumSet.of(COMPLETED), COMPLETED, EnumSet.noneOf(ApplicationState.class));

	public boolean allows(ApplicationState next) {
		return NEXT.get(this).contains(next);
	}

	/** Whether the promised time limit is being counted (or has been) for this state. */
	public boolean clockMatters() {
		return this == SUBMITTED || this == IN_APPROVAL || this == DECIDED;
	}

	public String messageKey() {
		return "applications.state." + name();
	}

}
