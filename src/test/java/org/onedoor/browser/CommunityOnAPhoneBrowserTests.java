package org.onedoor.browser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 王大妈 on her phone: signs in, proposes an idea to her community and registers for an
 * activity, as the 五邻社 pages promise a resident can.
 */
class CommunityOnAPhoneBrowserTests extends BrowserTest {

	@BeforeEach
	void phoneSized() {
		browser.manage().window().setSize(new Dimension(412, 900));
	}

	@Test
	void aResidentProposesAnIdeaAndJoinsAnActivity() {
		signInAt("/community/c/jinianta/ideas/new", "13800000001", DEMO_PASSWORD);

		WebElement form = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("idea-form")));
		form.findElement(By.name("title")).sendKeys("楼下空地改成老人休息角");
		form.findElement(By.name("description")).sendKeys("3栋楼下的空地常年堆杂物，建议清理后放几张长椅，方便老人晒太阳、聊天。");
		Chromium.screenshot(browser, "community-idea-form-phone");
		form.findElement(By.cssSelector("button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "楼下空地改成老人休息角"));
		assertThat(browser.getCurrentUrl()).contains("/community/ideas/");

		browser.get(url("/community/c/jinianta"));
		browser.findElement(By.linkText("便民维修日")).click();
		// the demo already has her down for this one: she changes her mind and comes back
		if (!browser.findElements(By.id("cancel-registration")).isEmpty()) {
			browser.findElement(By.id("cancel-registration")).click();
		}
		WebElement register = wait.until(ExpectedConditions.elementToBeClickable(By.id("register-activity")));
		register.click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cancel-registration")));
		Chromium.screenshot(browser, "community-activity-registered-phone");
		long horizontalScroll = (Long) ((org.openqa.selenium.JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		assertThat(horizontalScroll).as("the page fits a phone's width").isLessThanOrEqualTo(0L);
	}

}
