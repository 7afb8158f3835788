package org.onedoor.identity;


import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.ObjectMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Writes the security layer's refusals (401, 403, 429) as problem+json in the same shape as
 * the platform's error answers, with the message in Chinese and English.
 */
@Component
class ProblemAnswers {

	private final IdentityMessages messages;

	private final ObjectMapper json;

	private final LocaleResolver locales;

	ProblemAnswers(IdentityMessages messages, ObjectMapper json, LocaleResolver locales) {
		this.messages = messages;
		this.json = json;
		this.locales = locales;
	}

	void write(HttpServletRequest request, HttpServletResponse response, int status, String key, Object... args)
			throws IOException {
		Locale locale = locale(request);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", messages.in(locale, "error.title." + status));
		problem.put("status", status);
		problem.put("detail", messages.in(locale, key, args));
		problem.put("instance", request.getRequestURI());
		problem.put("messages", Map.of("zh-CN", messages.chinese(key, args), "en", messages.english(key, args)));
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}

	void tooMany(HttpServletRequest request, HttpServletResponse response, Duration wait) throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, wait.toSeconds())));
		write(request, response, 429, "identity.signIn.locked", minutes(wait));
	}

	static long minutes(Duration wait) {
		return Math.max(1, (wait.toSeconds() + 59) / 60);
	}

	/** The security filters run before the dispatcher, so the locale is resolved here directly. */
	private Locale locale(HttpServletRequest request) {
		return locales.resolveLocale(request);
	}

}
