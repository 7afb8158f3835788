package org.onedoor.security;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Session and header protections as a browser meets them, through the real Tomcat (MockMvc
 * applies neither the session cookie settings nor session id changes the way a browser sees
 * them). The server runs as behind a TLS-terminating proxy ({@code forward-headers-strategy
 * native}), so a request carrying {@code X-Forwarded-Proto: https} from the proxy counts as HTTPS.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "server.forward-headers-strategy=native")
class SessionAndHeadersTests {

	private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	int port;

	@Test
	void theSessionIdChangesAtSignInAndTheOldIdIsWorthNothing() throws Exception {
		HttpResponse<String> loginPage = send(get("/login"));
		String before = sessionId(loginPage);
		String token = csrfToken(loginPage.body());

		HttpResponse<String> signedIn = send(HttpRequest.newBuilder(uri("/login"))
			.header("Cookie", "JSESSIONID=" + before)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form("username", "handler", "password", "OneDoor#2026", "_csrf", token))));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/console"));
		String after = sessionId(signedIn);
		assertThat(after).isNotEqualTo(before);

		assertThat(send(get("/console").header("Cookie", "JSESSIONID=" + after)).statusCode()).isEqualTo(200);
		HttpResponse<String> withOldId = send(get("/console").header("Cookie", "JSESSIONID=" + before));
		assertThat(withOldId.statusCode()).isEqualTo(302);
		assertThat(withOldId.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
	}

	@Test
	void overPlainHttpTheCookieIsHttpOnlyAndLaxButNotSecureAndThereIsNoHsts() throws Exception {
		HttpResponse<String> page = send(get("/login"));
		String cookie = sessionCookie(page);
		assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
		assertThat(cookie).doesNotContainIgnoringCase("Secure");
		assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertProtectiveHeaders(page);
	}

	@Test
	void behindTheHttpsProxyTheCookieIsSecureAndHstsIsSent() throws Exception {
		HttpResponse<String> page = send(get("/login").header("X-Forwarded-Proto", "https"));
		String cookie = sessionCookie(page);
		assertThat(cookie).containsIgnoringCase("Secure")
			.containsIgnoringCase("HttpOnly")
			.containsIgnoringCase("SameSite=Lax");
		assertThat(page.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=").contains("includeSubDomains"));
		assertProtectiveHeaders(page);
	}

	@Test
	void pagesForEveryoneAndRefusalsCarryTheProtectiveHeadersToo() throws Exception {
		assertProtectiveHeaders(send(get("/track")));
		HttpResponse<String> refused = send(get("/console"));
		assertThat(refused.statusCode()).isEqualTo(302);
		assertProtectiveHeaders(refused);
	}

	private static void assertProtectiveHeaders(HttpResponse<String> response) {
		assertThat(response.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'")
				.contains("script-src 'self'")
				.contains("object-src 'none'")
				.contains("frame-ancestors 'none'")
				.doesNotContain("unsafe-eval"));
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
	}

	private HttpRequest.Builder get(String path) {
		return HttpRequest.newBuilder(uri(path)).GET();
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String sessionCookie(HttpResponse<String> response) {
		List<String> cookies = response.headers().allValues("Set-Cookie").stream()
			.filter(c -> c.startsWith("JSESSIONID="))
			.toList();
		assertThat(cookies).as("one session cookie").hasSize(1);
		return cookies.get(0);
	}

	private static String sessionId(HttpResponse<String> response) {
		Matcher matcher = SESSION.matcher(sessionCookie(response));
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private static String csrfToken(String html) {
		Matcher matcher = CSRF.matcher(html);
		assertThat(matcher.find()).as("the sign-in form carries a CSRF token").isTrue();
		return matcher.group(1);
	}

	private static String form(String... pairs) {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < pairs.length; i += 2) {
			body.append(i == 0 ? "" : "&")
				.append(pairs[i])
				.append('=')
				.append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
		}
		return body.toString();
	}

}
