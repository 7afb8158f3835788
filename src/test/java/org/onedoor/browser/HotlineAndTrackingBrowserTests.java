package org.onedoor.browser;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The appeal's first and last mile in a real browser: a hotline operator registers a caller's
 * complaint from the keyboard, and the caller follows it on a phone with the tracking number
 * and the last four digits of the mobile.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HotlineAndTrackingBrowserTests {

	private static final Pattern TRACKING = Pattern.compile("\\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]");

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

	@Test
	void operatorRegistersACallAndTheCallerTracksItOnAPhone() {
		browser.get(url("/console/hotline"));
		wait.until(ExpectedConditions.urlContains("/login"));
		browser.findElement(By.id("username")).sendKeys("operator");
		browser.findElement(By.id("password")).sendKeys("OneDoor#2026");
		browser.findElement(By.id("password")).submit();
		wait.until(ExpectedConditions.urlContains("/console/hotline"));

		browser.findElement(By.id("citizenMobile")).sendKeys("13912340007");
		browser.findElement(By.id("citizenName")).sendKeys("吴先生");
		new Select(browser.findElement(By.id("type"))).selectByValue("COMPLAINT");
		browser.findElement(By.id("title")).sendKeys("花果园小区门口夜间施工噪音扰民");
		browser.findElement(By.id("content")).sendKeys("南明区花果园小区门口工地每晚十一点后仍在施工，噪音很大，老人孩子睡不着，请尽快处理。");
		browser.findElement(By.id("address")).sendKeys("南明区花果园");
		Chromium.screenshot(browser, "hotline-filled");
		browser.findElement(By.cssSelector("#call button[name=action][value=register]")).click();

		String status = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert.ok"))).getText();
		Matcher number = TRACKING.matcher(status);
		assertThat(number.find()).as(status).isTrue();
		Chromium.screenshot(browser, "hotline-registered");

		browser.manage().deleteAllCookies();
		browser.manage().window().setSize(new Dimension(412, 900));
		browser.get(url("/track"));
		browser.findElement(By.id("number")).sendKeys(number.group().toLowerCase());
		browser.findElement(By.id("last4")).sendKeys("0007");
		browser.findElement(By.id("last4")).submit();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "花果园小区门口夜间施工噪音扰民"));
		String page = browser.findElement(By.tagName("main")).getText();
		assertThat(page).contains("已登记").doesNotContain("吴先生").doesNotContain("13912340007");
		Chromium.screenshot(browser, "tracking-phone");
	}

	@Test
	void aWrongLastFourFindsNothing() {
		browser.manage().window().setSize(new Dimension(412, 900));
		browser.get(url("/track"));
		browser.findElement(By.id("number")).sendKeys("2611-0000-0000-0");
		browser.findElement(By.id("last4")).sendKeys("1234");
		browser.findElement(By.id("last4")).submit();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
		assertThat(browser.findElement(By.tagName("main")).getText()).containsAnyOf("没有找到", "找不到", "未找到");
	}

}
