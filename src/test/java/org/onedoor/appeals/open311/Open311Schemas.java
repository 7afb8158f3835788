package org.onedoor.appeals.open311;

import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The published GeoReport v2 JSON Schemas (src/test/resources/open311), formats asserted too. */
final class Open311Schemas {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
			builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

	private Open311Schemas() {
	}

	/** Asserts the JSON is valid against the named schema (e.g. "services.json") and returns it parsed. */
	static JsonNode valid(String schemaFile, String json) {
		Schema schema = REGISTRY.getSchema(SchemaLocation.of("classpath:open311/" + schemaFile));
		JsonNode node = JSON.readTree(json);
		List<Error> errors = schema.validate(node);
		assertThat(errors).as("%s against %s", json.length() > 400 ? json.substring(0, 400) + "…" : json, schemaFile)
			.isEmpty();
		return node;
	}

	static List<Error> errors(String schemaFile, String json) {
		return REGISTRY.getSchema(SchemaLocation.of("classpath:open311/" + schemaFile)).validate(JSON.readTree(json));
	}

}
