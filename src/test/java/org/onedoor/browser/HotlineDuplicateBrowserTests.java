package org.onedoor.browser;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One matter, one ticket, at the hotline: a second caller reports the building site a neighbour
 * already reported, and the operator sees the neighbour's appeal suggested with the reasons.
 * (Tests run with automatic merging off, so the sure duplicate is suggested, not merged.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HotlineDuplicateBrowserTests {

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

	private String file(String mobile, String name, String title, String content) {
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

	@Test
	void anOperatorFilingADuplicateSeesTheExistingAppealSuggested() {
		browser.get("http://localhost:" + port + "/console/hotline");
		wait.until(ExpectedConditions.urlContains("/login"));
		browser.findElement(By.id("username")).sendKeys("operator");
		browser.findElement(By.id("password")).sendKeys("OneDoor#2026");
		browser.findElement(By.id("password")).submit();
		wait.until(ExpectedConditions.urlContains("/console/hotline"));

		String first = file("13912340101", "周女士", "丽发新城小区附近搅拌站噪音扰民",
				"丽发新城小区旁边不到百米新建了一个搅拌站，机器日夜轰鸣，灰尘很大，严重影响居民休息，请尽快处理。");
		String second = file("13912340102", "陈先生", "投诉丽发新城附近搅拌站噪声扰民",
				"我家在丽发新城小区，旁边不到百米建了搅拌站，机器日夜轰鸣，粉尘很大，晚上睡不着，请尽快处理。");

		String suggested = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("duplicates"))).getText();
		Chromium.screenshot(browser, "hotline-duplicate-suggested");
		assertThat(second).isNotEqualTo(first);
		assertThat(suggested).contains(first).contains("丽发新城小区附近搅拌站噪音扰民").contains("搅拌");

		// the operator decides: the same matter, merged into the neighbour's appeal
		browser.findElement(By.id("decide-duplicates")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#candidates button[type=submit]")))
			.click();
		String merged = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("merged"))).getText();
		assertThat(merged).contains(first);
	}

}
