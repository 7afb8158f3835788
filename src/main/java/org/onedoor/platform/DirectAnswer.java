package org.onedoor.platform;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.onedoor.shared.web.ProblemRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Answers written straight to the response, where no controller or view resolver can help: the
 * database is gone (503 with Retry-After), or the request was refused before reaching Spring MVC
 * (400). problem+json for machines, a page for people, both in Chinese and English. Built
 * without touching the database (the page has no layout, which would ask for the signed-in
 * person's menu).
 */
@Component
class DirectAnswer {

	static final String RETRY_AFTER_SECONDS = "10";

	private static final Logger log = LoggerFactory.getLogger(DirectAnswer.class);

	private static final String OUTAGE = "error.database.unavailable";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final BilingualMessages messages;

	private final SpringTemplateEngine pages;

	DirectAnswer(BilingualMessages messages, SpringTemplateEngine pages) {
		this.messages = messages;
		this.pages = pages;
	}

	void databaseGone(HttpServletRequest request, HttpServletResponse response, Throwable failure) throws IOException {
		log.warn("Database unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), failure.toString());
		write(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, OUTAGE);
	}

	void badRequest(HttpServletRequest request, HttpServletResponse response, String key) throws IOException {
		write(request, response, HttpServletResponse.SC_BAD_REQUEST, key);
	}

	private void write(HttpServletRequest request, HttpServletResponse response, int status, String key)
			throws IOException {
		if (response.isCommitted()) {
			return;
		}
		response.reset();
		response.setStatus(status);
		if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
			response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		}
		response.setCharacterEncoding("UTF-8");
		Locale locale = locale(request);
		if (ProblemRequests.wantsProblem(request)) {
			Map<String, Object> problem = new LinkedHashMap<>();
			problem.put("type", "about:blank");
			problem.put("title", messages.in(locale, "error.title." + status));
			problem.put("status", status);
			problem.put("detail", messages.in(locale, key));
			problem.put("instance", request.getRequestURI());
			problem.put("messages", Map.of("zh-CN", messages.chinese(key), "en", messages.english(key)));
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter().write(JSON.writeValueAsString(problem));
			return;
		}
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		Context page = new Context(locale,
				Map.of("status", status, "messageZh", messages.chinese(key), "messageEn", messages.english(key)));
		response.getWriter().write(pages.process("error/standalone", page));
	}

	private static Locale locale(HttpServletRequest request) {
		try {
			return RequestContextUtils.getLocale(request);
		}
		catch (RuntimeException ex) {
			return WebConfiguration.CHINESE;
		}
	}

}
