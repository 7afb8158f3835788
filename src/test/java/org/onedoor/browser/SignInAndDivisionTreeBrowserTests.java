package org.onedoor.browser;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's walk through the foundation in a real browser: sign in as the demo administrator,
 * open the division tree, unfold 贵阳市 and find 南明区, search for a village by name.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInAndDivisionTreeBrowserTests {

	@LocalServerPort
	int port;

	private WebDriver browser;

	private WebDriverWait wait;

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

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private void signIn(String username, String password) {
		browser.get(url("/console/divisions"));
		wait.until(ExpectedConditions.urlContains("/login"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password);
		// the header has forms of its own (language, senior mode): press the sign-in form's button
		browser.findElement(By.id("password")).submit();
	}

	@Test
	void staffSignInAndUnfoldTheDivisionTree() {
		signIn("admin", "OneDoor#2026");
		wait.until(ExpectedConditions.urlContains("/console/divisions"));
		Chromium.screenshot(browser, "division-tree");

		WebElement guiyang = wait.until(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector("li.division[data-code='520100000000']")));
		guiyang.findElement(By.cssSelector("summary.expand")).click();
		WebElement nanming = wait.until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector("li.division[data-code='520102000000']")));
		assertThat(nanming.getText()).contains("南明区");
		Chromium.screenshot(browser, "division-tree-guiyang");

		WebElement search = browser.findElement(By.id("division-search"));
		search.sendKeys("新寨村");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "修文县"));
		Chromium.screenshot(browser, "division-search");
	}

	@Test
	void aWrongPasswordIsRefusedInPlainWords() {
		signIn("admin", "not-the-password");
		wait.until(ExpectedConditions.urlContains("/login"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("账号或密码不正确");
		Chromium.screenshot(browser, "sign-in-refused");
	}

}
