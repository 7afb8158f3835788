package org.onedoor.appeals.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.onedoor.appeals.AppealNotRegisteredException;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The channel API's own answers, before the platform's: every intake problem at once (an
 * {@code errors} array), 401 for a missing or revoked key, 422 for a reused Idempotency-Key.
 * Everything else (bad input, not found) is the platform's problem+json.
 */
@RestControllerAdvice(assignableTypes = ChannelApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ChannelApiErrors {

	private final MessageSource messages;

	ChannelApiErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(AppealNotRegisteredException.class)
	ResponseEntity<ProblemDetail> notRegistered(AppealNotRegisteredException ex, HttpServletRequest request,
			Locale locale) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, request, locale, ex.messageKey(), ex.arguments());
		problem.setProperty("parameter", ex.parameter());
		List<Map<String, Object>> errors = ex.problems()
			.stream()
			.map(p -> Map.<String, Object>of("field", p.field(), "messages", both(p.messageKey(), p.arguments())))
			.toList();
		problem.setProperty("errors", errors);
		return answer(problem);
	}

	@ExceptionHandler(ApiKeyRejectedException.class)
	ResponseEntity<ProblemDetail> rejected(HttpServletRequest request, Locale locale) {
		return answer(problem(HttpStatus.UNAUTHORIZED, request, locale, "appeals-api.channel.apiKey.invalid"));
	}

	@ExceptionHandler(IdempotencyKeyReusedException.class)
	ResponseEntity<ProblemDetail> reused(HttpServletRequest request, Locale locale) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, request, locale,
				"appeals-api.channel.idempotencyKey.reused");
		problem.setProperty("parameter", ChannelApiController.IDEMPOTENCY_HEADER);
		return answer(problem);
	}

	private ProblemDetail problem(HttpStatus status, HttpServletRequest request, Locale locale, String key,
			Object... args) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, args, key, locale));
		String title = status == HttpStatus.BAD_REQUEST ? "error.title.400" : "appeals-api.channel.title." + status.value();
		problem.setTitle(messages.getMessage(title, null, status.getReasonPhrase(), locale));
		problem.setInstance(URI.create(request.getRequestURI()));
		problem.setProperty("messages", both(key, args));
		return problem;
	}

	private Map<String, String> both(String key, Object... args) {
		return Map.of("zh-CN", messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE), "en",
				messages.getMessage(key, args, key, Locale.ENGLISH));
	}

	private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
