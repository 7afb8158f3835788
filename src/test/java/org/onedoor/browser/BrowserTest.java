package org.onedoor.browser;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every browser test needs: the app on a random port with its demo data, a fresh headless
 * Chromium per test, and the steps people repeat (signing in, filing a call at the hotline).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserTest {

	static final String DEMO_PASSWORD = "OneDoor#2026";

	private static final Pattern TRACKING = Pattern.compile("\\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]");

	@LocalServerPort
	int port;

	WebDriver browser;

	WebDriverWait wait;

	@BeforeEach
	void openBrowser() {
		browser = Chromium.start();
		wait = new WebDriverWait(browser, Duration.ofSeconds(15));
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** Opens a page that needs a sign-in and signs in on the way, as a person would. */
	void signInAt(String path, String login, String password) {
		browser.get(url(path));
		wait.until(ExpectedConditions.urlContains("/login"));
		browser.findElement(By.id("username")).sendKeys(login);
		browser.findElement(By.id("password")).sendKeys(password);
		// the header has forms of its own (language, senior mode): submit the sign-in form itself
		browser.findElement(By.id("password")).submit();
	}

	/** Files a complaint on the hotline console and returns the tracking number it announces. */
	String fileAtHotline(String mobile, String name, String title, String content) {
		browser.findElement(By.id("citizenMobile")).sendKeys(mobile);
		browser.findElement(By.id("citizenName")).sendKeys(name);
		new Select(browser.findElement(By.id("type"))).selectByValue("COMPLAINT");
		browser.findElement(By.id("title")).sendKeys(title);
		browser.findElement(By.id("content")).sendKeys(content);
		browser.findElement(By.cssSelector("#call button[name=action][value=register]")).click();
		String status = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert.ok"))).getText();
		Matcher number = TRACKING.matcher(status);
		assertThat(number.find()).as(status).isTrue();
		return number.group();
	}

}
