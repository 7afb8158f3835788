package org.onedoor.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One matter, one ticket, at the hotline: a second caller reports the building site a neighbour
 * already reported, and the operator sees the neighbour's appeal suggested with the reasons.
 * (Tests run with automatic merging off, so the sure duplicate is suggested, not merged.)
 */
class HotlineDuplicateBrowserTests extends BrowserTest {

	@Test
	void anOperatorFilingADuplicateSeesTheExistingAppealSuggested() {
		signInAt("/console/hotline", "operator", DEMO_PASSWORD);
		wait.until(ExpectedConditions.urlContains("/console/hotline"));

		String first = fileAtHotline("13912340101", "周女士", "丽发新城小区附近搅拌站噪音扰民",
				"丽发新城小区旁边不到百米新建了一个搅拌站，机器日夜轰鸣，灰尘很大，严重影响居民休息，请尽快处理。");
		String second = fileAtHotline("13912340102", "陈先生", "投诉丽发新城附近搅拌站噪声扰民",
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
