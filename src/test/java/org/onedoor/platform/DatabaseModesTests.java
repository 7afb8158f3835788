package org.onedoor.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onedoor.OneDoorApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two ways OneDoor finds its database: an embedded server whose data survives a restart,
 * and an external server (then nothing embedded starts and no demo data is loaded).
 */
class DatabaseModesTests {

	private static final String EXTERNAL = "jdbc:postgresql://127.0.0.1:5432/";

	@Test
	void embeddedDataSurvivesARestart(@TempDir Path directory) {
		String[] args = { "--onedoor.embedded-database.ephemeral=false",
				"--onedoor.embedded-database.data-directory=" + directory, "--onedoor.demo=false",
				"--server.port=0" };
		try (ConfigurableApplicationContext first = start(args)) {
			JdbcClient jdbc = first.getBean(JdbcClient.class);
			jdbc.sql("insert into platform.demo_seed(name) values ('restart-probe')").update();
		}
		assertThat(Files.exists(directory.resolve("PG_VERSION"))).isTrue();
		try (ConfigurableApplicationContext second = start(args)) {
			JdbcClient jdbc = second.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select count(*) from platform.demo_seed where name = 'restart-probe'")
				.query(Long.class)
				.single()).isEqualTo(1L);
		}
	}

	@Test
	void externalServerStartsNothingEmbeddedAndLoadsNoDemoData() throws Exception {
		Assumptions.assumeTrue(externalReachable() || "true".equals(System.getenv("CI")),
				"no PostgreSQL at 127.0.0.1:5432 on this machine");
		// a shared server may reserve name prefixes per person: -Donedoor.it.database-prefix=...
		String database = System.getProperty("onedoor.it.database-prefix", "onedoor_it_") + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		execute("postgres", "create database " + database);
		try (ConfigurableApplicationContext app = start("--spring.datasource.url=" + EXTERNAL + database,
				"--spring.datasource.username=" + externalUser(), "--server.port=0")) {
			assertThat(app.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
			assertThat(app.getBeanNamesForType(EmbeddedDatabaseConfiguration.EmbeddedDatabase.class)).isEmpty();
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select count(*) from platform.demo_seed").query(Long.class).single()).isZero();
			assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Long.class).single())
				.isPositive();
			// an external database is production: the session cookie is never sent in clear (SecureSessionCookie)
			assertThat(sessionCookie(app)).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
		}
		finally {
			execute("postgres", "drop database if exists " + database + " with (force)");
		}
	}

	private static String sessionCookie(ConfigurableApplicationContext app) throws IOException, InterruptedException {
		URI login = URI.create("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port") + "/login");
		HttpResponse<Void> page = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(login).build(), HttpResponse.BodyHandlers.discarding());
		return page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
			.orElse("(no session cookie)");
	}

	private static ConfigurableApplicationContext start(String... args) {
		return new SpringApplicationBuilder(OneDoorApplication.class).run(args);
	}

	private static boolean externalReachable() {
		try (Connection ignored = DriverManager.getConnection(EXTERNAL + "postgres", externalUser(), "")) {
			return true;
		}
		catch (SQLException ex) {
			return false;
		}
	}

	private static void execute(String database, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(EXTERNAL + database, externalUser(), "")) {
			connection.createStatement().execute(sql);
		}
	}

	/** The machines run PostgreSQL with trust auth for the OS user (root here); any role works. */
	private static String externalUser() {
		return System.getProperty("user.name");
	}

}
