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
 * 503 while the database is gone: problem+json for machines, a page for people, both in
 * Chinese and English and with Retry-After. Built without touching the database (the page has
 * no layout, which would ask for the signed-in person's menu).
 */
@Component
class DatabaseOutageAnswer {

	static final String RETRY_AFTER_SECONDS = "10";

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutageAnswer.class);

	private static final String KEY = "error.database.unavailable";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final BilingualMessages messages;

	private final SpringTemplateEngine pages;

	DatabaseOutageAnswer(BilingualMessages messages, SpringTemplateEngine pages) {
		this.messages = messages;
		this.pages = pages;
	}

	void write(HttpServletRequest request, HttpServletResponse response, Throwable failure) throws IOException {
		log.warn("Database unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), failure.toString());
		if (response.isCommitted()) {
			return;
		}
		response.reset();
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		response.setCharacterEncoding("UTF-8");
		Locale locale = locale(request);
		if (ProblemRequests.wantsProblem(request)) {
			Map<String, Object> problem = new LinkedHashMap<>();
			problem.put("type", "about:blank");
			problem.put("title", messages.in(locale, "error.title.503"));
			problem.put("status", 503);
			problem.put("detail", messages.in(locale, KEY));
			problem.put("instance", request.getRequestURI());
			problem.put("retryAfterSeconds", Integer.parseInt(RETRY_AFTER_SECONDS));
			problem.put("messages", Map.of("zh-CN", messages.chinese(KEY), "en", messages.english(KEY)));
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter().write(JSON.writeValueAsString(problem));
			return;
		}
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		Context page = new Context(locale, Map.of("messageZh", messages.chinese(KEY), "messageEn", messages.english(KEY)));
		response.getWriter().write(pages.process("error/503", page));
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
