package org.onedoor.appeals.api;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.onedoor.appeals.NewAppeal;
import org.onedoor.appeals.TrackingNumber;
import org.onedoor.shared.InvalidInputException;
import org.onedoor.shared.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The channel API for other systems (WeChat, the government app, the province's platform):
 * JSON in and out, an API key in {@code X-Api-Key}, and an {@code Idempotency-Key} per message
 * so a retry never files a second appeal.
 */
@RestController
@RequestMapping(AppealsApiEndpoints.CHANNEL_API + "/appeals")
class ChannelApiController {

	static final String KEY_HEADER = "X-Api-Key";

	static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

	private final ApiKeys keys;

	private final ChannelApiSubmissions submissions;

	private final ChannelApiQueries queries;

	private final JsonMapper json;

	ChannelApiController(ApiKeys keys, ChannelApiSubmissions submissions, ChannelApiQueries queries, JsonMapper json) {
		this.keys = keys;
		this.submissions = submissions;
		this.queries = queries;
		this.json = json;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> submit(@RequestHeader(name = KEY_HEADER, required = false) String apiKey,
			@RequestHeader(name = IDEMPOTENCY_HEADER, required = false) String idempotencyKey,
			@RequestBody(required = false) String body) {
		ApiClient client = client(apiKey);
		if (idempotencyKey == null || idempotencyKey.isBlank()) {
			throw new InvalidInputException(IDEMPOTENCY_HEADER, "appeals-api.channel.idempotencyKey.required");
		}
		if (!idempotencyKey.matches("[\\x21-\\x7E]{1,100}")) {
			throw new InvalidInputException(IDEMPOTENCY_HEADER, "appeals-api.channel.idempotencyKey.invalid");
		}
		NewAppeal appeal = ChannelApiRequest.parse(json, body, client.channel());
		ChannelApiSubmissions.Submitted submitted = submissions.submit(client, idempotencyKey, appeal);
		URI location = URI.create(AppealsApiEndpoints.CHANNEL_API + "/appeals/" + submitted.trackingNumber().value());
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("trackingNumber", submitted.trackingNumber().value());
		answer.put("display", submitted.trackingNumber().display());
		answer.put("replayed", submitted.replayed());
		if (submitted.mergedInto() != null) {
			// the same matter is already being handled: the citizen follows that appeal too
			answer.put("mergedInto", submitted.mergedInto().value());
		}
		answer.put("location", location.toString());
		return ResponseEntity.status(submitted.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
			.location(location)
			.header("Idempotent-Replayed", String.valueOf(submitted.replayed()))
			.body(answer);
	}

	@GetMapping(path = "/{trackingNumber}", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> show(@RequestHeader(name = KEY_HEADER, required = false) String apiKey,
			@PathVariable String trackingNumber) {
		ApiClient client = client(apiKey);
		long appealId = TrackingNumber.parse(trackingNumber)
			.flatMap(number -> submissions.appealOf(client, number))
			.orElseThrow(() -> new NotFoundException("appeals-api.channel.appeal.notFound"));
		return queries.appeal(appealId);
	}

	private ApiClient client(String apiKey) {
		return keys.authenticate(apiKey).orElseThrow(ApiKeyRejectedException::new);
	}

}
