package org.onedoor.appeals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.onedoor.shared.InvalidInputException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * Puts every problem of a refused form on the re-shown form (一次性告知): a message per field,
 * in the person's language, and answers 400. Also turns binding failures (an unknown type
 * value) into the same kind of message.
 */
@Component
class DeskFormErrors {

	private final MessageSource messages;

	DeskFormErrors(MessageSource messages) {
		this.messages = messages;
	}

	void show(Model model, HttpServletResponse response, InvalidInputException ex) {
		List<IntakeProblem> problems = ex instanceof AppealNotRegisteredException refused ? refused.problems()
				: List.of(new IntakeProblem(ex.parameter(), ex.messageKey(), ex.arguments()));
		show(model, response, problems);
	}

	void show(Model model, HttpServletResponse response, List<IntakeProblem> problems) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		Map<String, String> byField = new LinkedHashMap<>();
		for (IntakeProblem problem : problems) {
			byField.merge(problem.field() == null ? "form" : problem.field(),
					messages.getMessage(problem.messageKey(), problem.arguments(), problem.messageKey(),
							LocaleContextHolder.getLocale()),
					(a, b) -> a + " " + b);
		}
		model.addAttribute("errors", byField);
	}

	/** Fields that could not be bound (a type or number that is not one) as intake problems. */
	static List<IntakeProblem> bindingProblems(BindingResult binding) {
		return binding.getFieldErrors()
			.stream()
			.map(e -> new IntakeProblem(e.getField(), "appeals.desk.form.invalidChoice"))
			.toList();
	}

}
