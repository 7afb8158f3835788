package org.onedoor.appeals.open311;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.onedoor.appeals.TrackingNumber;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Open311 GeoReport v2 (https://wiki.open311.org/GeoReport_v2): discovery, services, service
 * definitions, posting and reading service requests, tokens. The format is the path's extension.
 */
@RestController
@RequestMapping(Open311Controller.ROOT)
class Open311Controller {

	static final String ROOT = "/open311/v2";

	private final Open311Services services;

	private final Open311Requests requests;

	private final Open311Submission submission;

	private final Open311Writer writer;

	private final Open311Messages messages;

	private final Open311Properties properties;

	private final Clock clock;

	Open311Controller(Open311Services services, Open311Requests requests, Open311Submission submission,
			Open311Writer writer, Open311Messages messages, Open311Properties properties, Clock clock) {
		this.services = services;
		this.requests = requests;
		this.submission = submission;
		this.writer = writer;
		this.messages = messages;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping("/discovery.{format}")
	ResponseEntity<String> discovery(@PathVariable String format) {
		Open311Format answerIn = Open311Format.of(format);
		Map<String, Object> endpoint = new LinkedHashMap<>();
		endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
		endpoint.put("url", ServletUriComponentsBuilder.fromCurrentContextPath().path(ROOT).toUriString());
		endpoint.put("changeset", properties.changeset());
		endpoint.put("type", properties.endpointType());
		endpoint.put("formats", List.of(MediaType.TEXT_XML_VALUE, MediaType.APPLICATION_JSON_VALUE));
		Map<String, Object> discovery = new LinkedHashMap<>();
		discovery.put("changeset", properties.changeset());
		discovery.put("contact", messages.both("appeals-api.open311.contact"));
		discovery.put("key_service", messages.both("appeals-api.open311.keyService"));
		discovery.put("endpoints", List.of(endpoint));
		return writer.ok(answerIn, "discovery", discovery);
	}

	@GetMapping("/services.{format}")
	ResponseEntity<String> services(@PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
		Open311Format answerIn = Open311Format.of(format);
		checkJurisdiction(jurisdiction);
		return writer.ok(answerIn, "services", services.all().stream().map(Open311Service::toMap).toList());
	}

	@GetMapping("/services/{code}.{format}")
	ResponseEntity<String> definition(@PathVariable String code, @PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
		Open311Format answerIn = Open311Format.of(format);
		checkJurisdiction(jurisdiction);
		return writer.ok(answerIn, "service_definition", services.definition(services.require(code)));
	}

	/**
	 * Form fields, as the specification posts them; anything else is refused in Open311's own error
	 * format. The two real formats are also named as plain paths: Spring MVC finds a plain path in
	 * a map, but matches a pattern by trying every mapping of the application, which cost intake,
	 * the busiest request there is, a tenth of its CPU.
	 */
	@PostMapping({ "/requests.json", "/requests.xml", "/requests.{format}" })
	ResponseEntity<String> create(@PathVariable(required = false) String format,
			HttpServletRequest request, @RequestParam MultiValueMap<String, String> form,
			@RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
			@RequestHeader(name = Open311Retries.HEADER, required = false) String idempotencyKey) {
		if (format == null) {
			format = request.getRequestURI().substring(request.getRequestURI().lastIndexOf('.') + 1);
		}
		Open311Format answerIn = Open311Format.of(format);
		if (contentType == null || !(MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(MediaType.parseMediaType(contentType))
				|| MediaType.MULTIPART_FORM_DATA.isCompatibleWith(MediaType.parseMediaType(contentType)))) {
			throw new Open311Exception(HttpStatus.UNSUPPORTED_MEDIA_TYPE, null, "appeals-api.open311.mediaType");
		}
		checkJurisdiction(Open311Submission.first(form, "jurisdiction_id"));
		Open311Submission.Created created = submission.submit(form,
				idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip());
		String notice = messages.both("appeals-api.open311.notice", created.serviceRequestId());
		ResponseEntity<String> answer = writer.write(created.replayed() ? HttpStatus.OK : HttpStatus.CREATED, answerIn,
				"service_requests",
				List.of(Open311Submission.answer(created, notice)));
		URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path(ROOT + "/requests/{id}." + format)
			.buildAndExpand(created.serviceRequestId())
			.toUri();
		return ResponseEntity.status(answer.getStatusCode())
			.headers(answer.getHeaders())
			.header("Idempotent-Replayed", Boolean.toString(created.replayed()))
			.location(location)
			.body(answer.getBody());
	}

	@GetMapping("/requests.{format}")
	ResponseEntity<String> search(@PathVariable String format,
			@RequestParam(name = "service_request_id", required = false) String ids,
			@RequestParam(name = "service_code", required = false) String serviceCodes,
			@RequestParam(name = "start_date", required = false) String start,
			@RequestParam(name = "end_date", required = false) String end,
			@RequestParam(name = "status", required = false) String status,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
		Open311Format answerIn = Open311Format.of(format);
		checkJurisdiction(jurisdiction);
		Open311Query query = Open311Query.parse(ids, serviceCodes, start, end, status, clock.instant());
		return writer.ok(answerIn, "service_requests", requests.search(query));
	}

	@GetMapping("/requests/{id}.{format}")
	ResponseEntity<String> one(@PathVariable String id, @PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
		Open311Format answerIn = Open311Format.of(format);
		checkJurisdiction(jurisdiction);
		Map<String, Object> request = TrackingNumber.parse(id)
			.flatMap(requests::find)
			.orElseThrow(() -> Open311Exception.notFound("service_request_id", "appeals-api.open311.request.unknown", id));
		return writer.ok(answerIn, "service_requests", List.of(request));
	}

	@GetMapping("/tokens/{token}.{format}")
	ResponseEntity<String> token(@PathVariable String token, @PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
		Open311Format answerIn = Open311Format.of(format);
		checkJurisdiction(jurisdiction);
		Map<String, Object> answer = Optional.of(token)
			.filter(t -> t.matches("[0-9a-f]{32}"))
			.flatMap(requests::byToken)
			.orElseThrow(() -> Open311Exception.notFound("token", "appeals-api.open311.token.unknown", token));
		return writer.ok(answerIn, "service_requests", List.of(answer));
	}

	/** One endpoint serves one jurisdiction; naming another is an error, leaving it out is fine. */
	private void checkJurisdiction(String jurisdiction) {
		if (jurisdiction != null && !jurisdiction.isBlank() && !jurisdiction.strip().equals(properties.jurisdictionId())) {
			throw Open311Exception.notFound("jurisdiction_id", "appeals-api.open311.jurisdiction.unknown", jurisdiction);
		}
	}

}
