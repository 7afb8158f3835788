package org.onedoor.appeals;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.onedoor.shared.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/appeals/track?number=&last4=}: the tracking page as JSON, same rules and limits. */
@RestController
class TrackingApiController {

	/** The public answer: no names, no numbers but the tracking number. */
	record Answer(String trackingNumber, String type, String title, String status, String statusLabel,
			Instant registeredAt, Instant deadline, String reply, Instant repliedAt, String rating,
			List<PublicStep> timeline) {
	}

	record PublicStep(String step, String label, String unit, Instant at) {
	}

	private final TrackingLookup lookup;

	private final MessageSource messages;

	TrackingApiController(TrackingLookup lookup, MessageSource messages) {
		this.lookup = lookup;
		this.messages = messages;
	}

	@GetMapping("/api/appeals/track")
	Answer track(@RequestParam(defaultValue = "") String number, @RequestParam(defaultValue = "") String last4,
			HttpServletRequest request, Locale locale) {
		PublicTracking.Tracked appeal = lookup.findPublic(number, last4, request.getRemoteAddr())
			.orElseThrow(() -> new NotFoundException("appeals.desk.track.notFound"));
		List<PublicStep> steps = appeal.steps()
			.stream()
			.map(s -> new PublicStep(s.action(), messages.getMessage("appeals.desk.step." + s.action(), null, s.action(),
					locale), s.unit(), s.at()))
			.toList();
		return new Answer(appeal.number().display(), appeal.type().name(), appeal.title(), appeal.status().name(),
				messages.getMessage("appeals.status." + appeal.status().name(), null, locale), appeal.registeredAt(),
				appeal.status().isOpen() ? appeal.deadline() : null, appeal.reply(), appeal.repliedAt(),
				appeal.rating() == null ? null : appeal.rating().name(), steps);
	}

	@ExceptionHandler(TrackingLookup.TooMany.class)
	ResponseEntity<ProblemDetail> tooMany(TrackingLookup.TooMany ex, HttpServletRequest request, Locale locale) {
		String key = "appeals.desk.track.tooMany";
		Object[] args = { ex.minutes() };
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				messages.getMessage(key, args, locale));
		problem.setInstance(URI.create(request.getRequestURI()));
		problem.setProperty("messages", Map.of("zh-CN", messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE), "en",
				messages.getMessage(key, args, Locale.ENGLISH)));
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header("Retry-After", Long.toString(ex.seconds()))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
