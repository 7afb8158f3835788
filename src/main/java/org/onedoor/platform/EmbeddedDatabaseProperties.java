package org.onedoor.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its files. {@code ephemeral} gives every start a fresh,
 * throw-away directory (used by the test suite).
 */
@ConfigurationProperties("onedoor.embedded-database")
record EmbeddedDatabaseProperties(Path dataDirectory, boolean ephemeral, int port) {

	EmbeddedDatabaseProperties {
		if (dataDirectory == null) {
			dataDirectory = Path.of("data", "postgres");
		}
	}

}
