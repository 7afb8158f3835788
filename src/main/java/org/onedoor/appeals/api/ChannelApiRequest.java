package org.onedoor.appeals.api;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

import org.onedoor.appeals.AppealType;
import org.onedoor.appeals.Channel;
import org.onedoor.appeals.NewAppeal;
import org.onedoor.appeals.Urgency;
import org.onedoor.shared.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the channel API's JSON into an appeal by hand, so a typo in a field's name or a wrong
 * type is answered with that field's name instead of a generic "unreadable" (integrators fix
 * their mapping once and for all). The fields are NewAppeal's, by the same names.
 */
final class ChannelApiRequest {

	static final Set<String> FIELDS = Set.of("type", "title", "content", "categoryCode", "divisionCode", "address",
			"latitude", "longitude", "citizenName", "citizenMobile", "citizenIdNumber", "anonymous", "confidential",
			"urgency", "citizenEmail");

	private ChannelApiRequest() {
	}

	static NewAppeal parse(JsonMapper json, String body, Channel channel) {
		JsonNode root;
		try {
			root = body == null || body.isBlank() ? null : json.readTree(body);
		}
		catch (JacksonException ex) {
			throw new InvalidInputException("body", "appeals-api.channel.json.malformed");
		}
		if (root == null || !root.isObject()) {
			throw new InvalidInputException("body", "appeals-api.channel.json.object");
		}
		for (String name : root.propertyNames()) {
			if (!FIELDS.contains(name)) {
				throw new InvalidInputException(name, "appeals-api.channel.field.unknown", name);
			}
		}
		AppealType type = choice(root, "type", AppealType.class);
		return NewAppeal.on(channel, type)
			.about(text(root, "title"), text(root, "content"))
			.category(text(root, "categoryCode"))
			.place(text(root, "divisionCode"), text(root, "address"))
			.coordinates(number(root, "latitude"), number(root, "longitude"))
			.citizen(text(root, "citizenName"), text(root, "citizenMobile"), text(root, "citizenIdNumber"))
			.anonymous(flag(root, "anonymous"))
			.confidential(flag(root, "confidential"))
			.urgency(choice(root, "urgency", Urgency.class))
			.email(text(root, "citizenEmail"))
			.build();
	}

	private static String text(JsonNode root, String field) {
		JsonNode node = root.get(field);
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isString()) {
			throw new InvalidInputException(field, "appeals-api.channel.field.text", field);
		}
		return node.stringValue();
	}

	private static BigDecimal number(JsonNode root, String field) {
		JsonNode node = root.get(field);
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isNumber()) {
			throw new InvalidInputException(field, "appeals-api.channel.field.number", field);
		}
		return node.decimalValue();
	}

	private static boolean flag(JsonNode root, String field) {
		JsonNode node = root.get(field);
		if (node == null || node.isNull()) {
			return false;
		}
		if (!node.isBoolean()) {
			throw new InvalidInputException(field, "appeals-api.channel.field.boolean", field);
		}
		return node.booleanValue();
	}

	private static <E extends Enum<E>> E choice(JsonNode root, String field, Class<E> type) {
		String value = text(root, field);
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(field, "appeals-api.channel.field.choice", field,
					String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
		}
	}

}
