package org.onedoor.platform;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import org.onedoor.shared.InvalidInputException;
import org.onedoor.shared.NotFoundException;
import org.onedoor.shared.web.DatabaseOutage;
import org.onedoor.shared.web.ProblemRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * One place that turns errors into answers: problem+json (RFC 9457) with the message in
 * Chinese and English for machines, a friendly page for people. Bad input is always a 4xx.
 */
@ControllerAdvice
class ErrorAnswers {

	private static final Logger log = LoggerFactory.getLogger(ErrorAnswers.class);

	private final BilingualMessages messages;

	private final DirectAnswer outage;

	ErrorAnswers(BilingualMessages messages, DirectAnswer outage) {
		this.messages = messages;
		this.outage = outage;
	}

	@ExceptionHandler(InvalidInputException.class)
	Object invalidInput(InvalidInputException ex, HttpServletRequest request, Locale locale) {
		return answer(request, locale, HttpStatus.BAD_REQUEST, ex.parameter(), ex.messageKey(), ex.arguments());
	}

	@ExceptionHandler(NotFoundException.class)
	Object notFound(NotFoundException ex, HttpServletRequest request, Locale locale) {
		return answer(request, locale, HttpStatus.NOT_FOUND, null, ex.messageKey(), ex.arguments());
	}

	@ExceptionHandler(NoResourceFoundException.class)
	Object noResource(HttpServletRequest request, Locale locale) {
		return answer(request, locale, HttpStatus.NOT_FOUND, null, "error.notFound");
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	Object typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request, Locale locale) {
		return answer(request, locale, HttpStatus.BAD_REQUEST, ex.getName(), "error.parameter.invalid", ex.getName());
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	Object missing(MissingServletRequestParameterException ex, HttpServletRequest request, Locale locale) {
		return answer(request, locale, HttpStatus.BAD_REQUEST, ex.getParameterName(), "error.parameter.missing",
				ex.getParameterName());
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	Object notValid(MethodArgumentNotValidException ex, HttpServletRequest request, Locale locale) {
		var field = ex.getBindingResult().getFieldError();
		String name = field != null ? field.getField() : ex.getParameter().getParameterName();
		return answer(request, locale, HttpStatus.BAD_REQUEST, name, "error.parameter.invalid", name);
	}

	@ExceptionHandler({ HandlerMethodValidationException.class, ConstraintViolationException.class,
			HttpMessageNotReadableException.class })
	Object unreadable(Exception ex, HttpServletRequest request, Locale locale) {
		return answer(request, locale, HttpStatus.BAD_REQUEST, null, "error.request.unreadable");
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(HttpServletRequest request, Locale locale) {
		return answer(request, locale, HttpStatus.PAYLOAD_TOO_LARGE, null, "error.upload.tooLarge");
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	Object method(HttpServletRequest request, Locale locale) {
		return answer(request, locale, HttpStatus.METHOD_NOT_ALLOWED, null, "error.method");
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	Object mediaType(HttpServletRequest request, Locale locale) {
		return answer(request, locale, HttpStatus.UNSUPPORTED_MEDIA_TYPE, null, "error.mediaType");
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	Object conflict(HttpServletRequest request, Locale locale) {
		return answer(request, locale, HttpStatus.CONFLICT, null, "error.conflict");
	}

	/**
	 * Anything else: security decisions go back to Spring Security, framework answers keep their
	 * status, and a real failure is logged with an incident number the person can quote.
	 */
	@ExceptionHandler(Exception.class)
	Object unexpected(Exception ex, HttpServletRequest request, HttpServletResponse response, Locale locale)
			throws Exception {
		if (ex instanceof AccessDeniedException || ex instanceof AuthenticationException) {
			throw ex;
		}
		if (DatabaseOutage.causedBy(ex)) {
			outage.databaseGone(request, response, ex);
			return null;
		}
		if (ex instanceof RequestRejectedException || unstorableText(ex)) {
			return answer(request, locale, HttpStatus.BAD_REQUEST, null, "error.request.unreadable");
		}
		if (ex instanceof ErrorResponse framework && framework.getStatusCode().is4xxClientError()) {
			HttpStatus status = HttpStatus.valueOf(framework.getStatusCode().value());
			return answer(request, locale, status, null, "error.status", status.value());
		}
		String incident = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		log.error("Incident {} on {} {}", incident, request.getMethod(), request.getRequestURI(), ex);
		return answer(request, locale, HttpStatus.INTERNAL_SERVER_ERROR, null, "error.server.incident", incident);
	}

	/** Text PostgreSQL cannot hold (NUL, broken surrogates in JSON): the client's mistake, not ours. */
	private static boolean unstorableText(Exception ex) {
		return ex instanceof DataIntegrityViolationException integrity
				&& integrity.getMostSpecificCause() instanceof java.sql.SQLException sql
				&& ("22021".equals(sql.getSQLState()) || "22P05".equals(sql.getSQLState()));
	}

	private Object answer(HttpServletRequest request, Locale locale, HttpStatus status, String parameter, String key,
			Object... args) {
		if (status.is4xxClientError()) {
			log.debug("{} {} -> {} {}", request.getMethod(), request.getRequestURI(), status.value(), key);
		}
		if (ProblemRequests.wantsProblem(request)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.in(locale, key, args));
			problem.setTitle(messages.in(locale, "error.title." + status.value()));
			problem.setInstance(URI.create(request.getRequestURI()));
			if (parameter != null) {
				problem.setProperty("parameter", parameter);
			}
			problem.setProperty("messages",
					Map.of("zh-CN", messages.chinese(key, args), "en", messages.english(key, args)));
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		String view = status == HttpStatus.NOT_FOUND ? "error/404" : status.is5xxServerError() ? "error/500" : "error/4xx";
		ModelAndView page = new ModelAndView(view);
		request.setAttribute(PageShell.PATH_NOT_REPEATED, Boolean.TRUE);
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("messageZh", messages.chinese(key, args));
		page.addObject("messageEn", messages.english(key, args));
		return page;
	}


}
