package org.onedoor.appeals.bulk;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;

/**
 * The server a batch command works on: {@code --url} or SPRING_DATASOURCE_URL, as for the app;
 * user and password likewise ({@code --user}, SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD).
 */
final class Database {

	private Database() {
	}

	static Connection connect(Map<String, String> options) throws SQLException {
		String url = options.getOrDefault("url", System.getenv("SPRING_DATASOURCE_URL"));
		if (url == null || !url.startsWith("jdbc:postgresql:")) {
			throw new IllegalArgumentException(
					"需要 --url=jdbc:postgresql://主机:端口/库 / --url=jdbc:postgresql://host:port/db is required");
		}
		Properties login = new Properties();
		login.setProperty("user", options.getOrDefault("user", env("SPRING_DATASOURCE_USERNAME", "postgres")));
		String password = options.getOrDefault("password", System.getenv("SPRING_DATASOURCE_PASSWORD"));
		if (password != null) {
			login.setProperty("password", password);
		}
		return DriverManager.getConnection(url, login);
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
