package org.onedoor.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.FileSystemUtils;

/**
 * Zero-setup database: starts PostgreSQL from the embedded binaries with a data directory that
 * survives restarts. Only active when no external server is configured.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean
	EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseProperties properties) throws IOException {
		Path directory = properties.ephemeral() ? Files.createTempDirectory("onedoor-pg-")
				: properties.dataDirectory().toAbsolutePath();
		Files.createDirectories(directory);
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(properties.ephemeral())
			// Spring stops the server after everything that uses it; a hook of its own would race them
			.setRegisterShutdownHook(false)
			.setServerConfig("max_connections", "200")
			.setServerConfig("timezone", "Asia/Shanghai")
			.setLocaleConfig("encoding", "UTF8")
			.setLocaleConfig("locale", "C.UTF-8");
		if (properties.port() > 0) {
			builder.setPort(properties.port());
		}
		EmbeddedPostgres postgres = builder.start();
		log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), directory);
		return new EmbeddedDatabase(postgres, properties.ephemeral() ? directory : null);
	}

	@Bean
	DataSource dataSource(EmbeddedDatabase database) {
		EmbeddedPostgres postgres = database.postgres();
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		config.setUsername("postgres");
		config.setMaximumPoolSize(20);
		// as for an external server (application.yml): a database that is gone is a 503 within seconds
		config.setConnectionTimeout(5000);
		config.setPoolName("onedoor-embedded");
		return new HikariDataSource(config);
	}

	/** The running server; closing it stops PostgreSQL and then removes a throw-away directory. */
	record EmbeddedDatabase(EmbeddedPostgres postgres, Path throwAway) implements AutoCloseable {

		@Override
		public void close() throws IOException {
			postgres.close();
			if (throwAway != null) {
				try {
					FileSystemUtils.deleteRecursively(throwAway);
				}
				catch (IOException | UncheckedIOException ex) {
					log.debug("Could not remove {}", throwAway, ex);
				}
			}
		}

	}

}
