package org.onedoor.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The appeal's first and last mile in a real browser: a hotline operator registers a caller's
 * complaint from the keyboard, and the caller follows it on a phone with the tracking number
 * and the last four digits of the mobile.
 */
class HotlineAndTrackingBrowserTests extends BrowserTest {

	@Test
	void operatorRegistersACallAndTheCallerTracksItOnAPhone() {
		signInAt("/console/hotline", "operator", DEMO_PASSWORD);
		wait.until(ExpectedConditions.urlContains("/console/hotline"));
		String number = fileAtHotline("13912340007", "吴先生", "花果园小区门口夜间施工噪音扰民",
				"南明区花果园小区门口工地每晚十一点后仍在施工，噪音很大，老人孩子睡不着，请尽快处理。");
		Chromium.screenshot(browser, "hotline-registered");

		browser.manage().deleteAllCookies();
		browser.manage().window().setSize(new Dimension(412, 900));
		browser.get(url("/track"));
		browser.findElement(By.id("number")).sendKeys(number.toLowerCase());
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
