package org.onedoor.appeals.open311;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.onedoor.appeals.AppealNotRegisteredException;
import org.onedoor.appeals.AppealType;
import org.onedoor.appeals.Appeals;
import org.onedoor.appeals.IntakeProblem;
import org.onedoor.appeals.NewAppeal;
import org.onedoor.appeals.RegisteredAppeal;
import org.onedoor.appeals.api.ApiKeys;
import org.onedoor.appeals.open311.Open311Exception.Open311Error;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;

/**
 * {@code POST requests}: turns the specification's form fields into an appeal on the API key's
 * channel and registers it like any other. Every problem is reported at once, under the name of
 * the Open311 field the client sent, and nothing is stored unless all is well.
 */
@Service
class Open311Submission {

	private static final SecureRandom RANDOM = new SecureRandom();

	/** Our intake fields, as the Open311 client knows them. */
	private static final Map<String, String> FIELD_NAMES = Map.of("title", "description", "content", "description",
			"citizenName", "first_name", "citizenMobile", "phone", "anonymous", "phone", "latitude", "lat", "longitude",
			"long", "divisionCode", "address_id", "address", "address_string", "categoryCode", "service_code");

	private final Appeals appeals;

	private final ApiKeys clients;

	private final Open311Services services;

	private final JdbcClient jdbc;

	private final Open311Retries retries;

	Open311Submission(Appeals appeals, ApiKeys clients, Open311Services services, JdbcClient jdbc,
			Open311Retries retries) {
		this.retries = retries;
		this.appeals = appeals;
		this.clients = clients;
		this.services = services;
		this.jdbc = jdbc;
	}

	/**
	 * What the client gets back: the tracking number as service_request_id, and a token.
	 * @param replayed true when a retry under the same Idempotency-Key is answered with the first request
	 */
	record Created(String serviceRequestId, String token, boolean replayed) {
	}

	@Transactional
	Created submit(MultiValueMap<String, String> form, String idempotencyKey) {
		var client = clients.authenticate(first(form, "api_key"))
			.orElseThrow(() -> new Open311Exception(HttpStatus.FORBIDDEN, "api_key", "appeals-api.open311.apiKey.invalid"));
		if (idempotencyKey != null) {
			var earlier = retries.claim(client.keyId(), idempotencyKey, form);
			if (earlier.isPresent()) {
				return earlier.get();
			}
		}
		String serviceCode = first(form, "service_code");
		if (serviceCode == null) {
			throw Open311Exception.badRequest("service_code", "appeals-api.open311.serviceCode.required");
		}
		Open311Service service = services.find(serviceCode)
			.orElseThrow(() -> Open311Exception.notFound("service_code", "appeals-api.open311.service.unknown", serviceCode));
		List<Open311Error> errors = new ArrayList<>();
		Map<String, String> attributes = attributes(form);
		AppealType type = type(attributes.get(Open311Attributes.APPEAL_TYPE), errors);
		String category = subcategory(service, attributes.get(Open311Attributes.SUBCATEGORY), errors);
		String description = first(form, "description");
		if (description != null && description.length() > Open311Requests.DESCRIPTION_MAX) {
			errors.add(new Open311Error("description", "appeals-api.open311.description.tooLong",
					Open311Requests.DESCRIPTION_MAX));
		}
		BigDecimal lat = number(form, "lat", errors);
		BigDecimal lon = number(form, "long", errors);
		String addressString = first(form, "address_string");
		String addressId = first(form, "address_id");
		if (lat == null && lon == null && addressString == null && addressId == null && !has(errors, "lat", "long")) {
			errors.add(new Open311Error("lat", "appeals-api.open311.location.required"));
		}
		if (addressId != null && !addressId.matches("\\d{12}")) {
			errors.add(new Open311Error("address_id", "appeals-api.open311.addressId.invalid"));
		}
		String mediaUrl = mediaUrl(first(form, "media_url"), errors);
		String email = first(form, "email");
		if (email != null && (email.length() > 200 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
			errors.add(new Open311Error("email", "appeals-api.open311.email.invalid"));
		}
		for (String field : List.of("device_id", "account_id")) {
			String value = first(form, field);
			if (value != null && value.length() > 100) {
				errors.add(new Open311Error(field, "appeals-api.open311.field.tooLong", field, 100));
			}
		}
		if (!errors.isEmpty()) {
			throw new Open311Exception(HttpStatus.BAD_REQUEST, errors);
		}
		String name = name(first(form, "last_name"), first(form, "first_name"));
		String phone = first(form, "phone");
		NewAppeal appeal = NewAppeal.on(client.channel(), type == null ? AppealType.COMPLAINT : type)
			.about(title(description, service), description)
			.category(category)
			.place(addressId, addressString)
			.coordinates(lat, lon)
			.citizen(name, phone, null)
			.anonymous(name == null && phone == null)
			.email(email)
			.build();
		RegisteredAppeal registered;
		try {
			registered = appeals.register(appeal, client.actor());
		}
		catch (AppealNotRegisteredException ex) {
			throw new Open311Exception(HttpStatus.BAD_REQUEST, ex.problems().stream().map(Open311Submission::asOpen311).toList());
		}
		String token = HexFormat.of().formatHex(bytes());
		jdbc.sql("""
				insert into appeals.open311_request(appeal_id, api_key_id, token, email, device_id, account_id, media_url,
				    address_id, attributes)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(registered.id(), client.keyId(), token, email, first(form, "device_id"), first(form, "account_id"),
					mediaUrl, addressId, attributes.isEmpty() ? null : attributes.toString())
			.update();
		if (idempotencyKey != null) {
			retries.settle(client.keyId(), idempotencyKey, registered.id());
		}
		return new Created(registered.trackingNumber().value(), token, false);
	}

	private static byte[] bytes() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

	private static Open311Error asOpen311(IntakeProblem problem) {
		return new Open311Error(FIELD_NAMES.getOrDefault(problem.field(), problem.field()), problem.messageKey(),
				problem.arguments());
	}

	/** attribute[code]=value pairs, as the specification posts them. */
	private static Map<String, String> attributes(MultiValueMap<String, String> form) {
		Map<String, String> attributes = new TreeMap<>();
		form.forEach((key, values) -> {
			if (key.startsWith("attribute[") && key.endsWith("]") && !values.isEmpty() && !values.get(0).isBlank()) {
				attributes.put(key.substring("attribute[".length(), key.length() - 1), values.get(0).strip());
			}
		});
		return attributes;
	}

	private static AppealType type(String value, List<Open311Error> errors) {
		if (value == null) {
			return null;
		}
		try {
			return AppealType.valueOf(value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			errors.add(new Open311Error("attribute[" + Open311Attributes.APPEAL_TYPE + "]",
					"appeals-api.open311.attribute.invalid", Open311Attributes.APPEAL_TYPE));
			return null;
		}
	}

	private static String subcategory(Open311Service service, String value, List<Open311Error> errors) {
		if (value == null) {
			return service.code();
		}
		if (service.children().stream().noneMatch(c -> c.code().equals(value))) {
			errors.add(new Open311Error("attribute[" + Open311Attributes.SUBCATEGORY + "]",
					"appeals-api.open311.attribute.invalid", Open311Attributes.SUBCATEGORY));
			return service.code();
		}
		return value;
	}

	private static BigDecimal number(MultiValueMap<String, String> form, String field, List<Open311Error> errors) {
		String value = first(form, field);
		if (value == null) {
			return null;
		}
		try {
			return new BigDecimal(value).setScale(6, java.math.RoundingMode.HALF_UP);
		}
		catch (NumberFormatException | ArithmeticException ex) {
			errors.add(new Open311Error(field, "appeals-api.open311.coordinate.invalid", field));
			return null;
		}
	}

	private static String mediaUrl(String value, List<Open311Error> errors) {
		if (value == null) {
			return null;
		}
		try {
			URI uri = new URI(value);
			if (value.length() <= 1000 && uri.getHost() != null
					&& ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
				return value;
			}
		}
		catch (URISyntaxException ex) {
			// reported below like any other unusable address
		}
		errors.add(new Open311Error("media_url", "appeals-api.open311.mediaUrl.invalid"));
		return null;
	}

	private static boolean has(List<Open311Error> errors, String... parameters) {
		return errors.stream().anyMatch(e -> List.of(parameters).contains(e.parameter()));
	}

	/** Chinese order: family name first. */
	private static String name(String lastName, String firstName) {
		String name = ((lastName == null ? "" : lastName) + (firstName == null ? "" : firstName)).strip();
		return name.isEmpty() ? null : name;
	}

	/** Open311 has no title: the first sentence of the description, or the service's name. */
	private static String title(String description, Open311Service service) {
		if (description == null || description.isBlank()) {
			return service.displayName();
		}
		String first = description.strip().split("[。！？!?\\n]", 2)[0].strip();
		if (first.isEmpty()) {
			first = service.displayName();
		}
		return first.length() <= 40 ? first : first.substring(0, 39) + "…";
	}

	static String first(MultiValueMap<String, String> form, String field) {
		String value = form.getFirst(field);
		return value == null || value.isBlank() ? null : value.strip();
	}

	static Map<String, Object> answer(Created created, String notice) {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("service_request_id", created.serviceRequestId());
		answer.put("token", created.token());
		answer.put("service_notice", notice);
		answer.put("account_id", null);
		return answer;
	}

}
