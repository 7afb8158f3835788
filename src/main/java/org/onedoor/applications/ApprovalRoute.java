package org.onedoor.applications;

import java.util.List;

import org.onedoor.catalogue.ServiceItem.ApprovalStep;
import org.onedoor.shared.InvalidInputException;

/**
 * The step engine: moves an application along the item's approval steps, which are data
 * (role, unit, working days), never code. Leading window-clerk steps (受理) are done by the
 * acceptance itself, trailing ones (制证送达) by the delivery; approval is what lies between.
 * Sending back goes one step back, never behind the first approval step; a refusal at any step
 * ends in 不予.
 */
record ApprovalRoute(List<ApprovalStep> steps) {

	enum Outcome {
		AT_STEP, GRANTED, REFUSED
	}

	/** Where the application is after a move: a step, or a final outcome with no step. */
	record Move(Outcome outcome, ApprovalStep step) {

		static Move at(ApprovalStep step) {
			return new Move(Outcome.AT_STEP, step);
		}

		Integer position() {
			return step == null ? null : step.position();
		}

	}

	ApprovalRoute {
		steps = List.copyOf(steps);
	}

	/** The first step after acceptance, or 准予 at once when the item has nothing to approve. */
	Move afterAcceptance() {
		int first = firstApprovalIndex();
		return first <= lastApprovalIndex() ? Move.at(steps.get(first)) : new Move(Outcome.GRANTED, null);
	}

	Move approve(int position) {
		int index = indexOf(position);
		return index < lastApprovalIndex() ? Move.at(steps.get(index + 1)) : new Move(Outcome.GRANTED, null);
	}

	Move sendBack(int position) {
		int index = indexOf(position);
		if (index <= firstApprovalIndex()) {
			throw new InvalidInputException("action", "applications.step.firstCannotReturn");
		}
		return Move.at(steps.get(index - 1));
	}

	Move refuse(int position) {
		indexOf(position);
		return new Move(Outcome.REFUSED, null);
	}

	ApprovalStep step(int position) {
		return steps.get(indexOf(position));
	}

	private int firstApprovalIndex() {
		int i = 0;
		while (i < steps.size() && "WINDOW_CLERK".equals(steps.get(i).role())) {
			i++;
		}
		return i;
	}

	private int lastApprovalIndex() {
		int i = steps.size() - 1;
		while (i >= 0 && "WINDOW_CLERK".equals(steps.get(i).role())) {
			i--;
		}
		return i;
	}

	private int indexOf(int position) {
		for (int i = firstApprovalIndex(); i <= lastApprovalIndex(); i++) {
			if (steps.get(i).position() == position) {
				return i;
			}
		}
		throw new InvalidInputException("step", "applications.step.unknown", position);
	}

}
