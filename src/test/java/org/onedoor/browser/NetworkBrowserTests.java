package org.onedoor.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service network in a real browser: staff see the coverage chart drawn by ECharts and drill
 * down; a citizen narrows down to a village and finds where to go for an item.
 */
class NetworkBrowserTests extends BrowserTest {

	@Test
	void staffSeeTheCoverageChartAndDrillDown() {
		signInAt("/console/network/coverage", "clerk", DEMO_PASSWORD);
		wait.until(ExpectedConditions.urlContains("/console/network/coverage"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#coverage-chart canvas")));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("1412").contains("12373");
		Chromium.screenshot(browser, "network-coverage");
		browser.findElement(By.linkText("贵阳市")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "贵州省贵阳市"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#coverage-chart canvas")));
	}

	@Test
	void aCitizenNarrowsDownToTheirVillageAndFindsWhereToGo() {
		browser.get(url("/hall/where?item=520123-000412005000&division=520123000000"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("城乡居民基本养老保险参保登记");
		browser.findElement(By.linkText("龙场街道")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "龙场街道便民服务中心"));
		browser.findElement(By.cssSelector("details.picker summary")).click();
		browser.findElement(By.id("q")).sendKeys("栖凤");
		browser.findElement(By.id("q")).submit();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.partialLinkText("栖凤社区"))).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("ol.points"), "栖凤社区便民服务站"));
		assertThat(browser.findElement(By.cssSelector("ol.points li h3")).getText()).contains("栖凤社区便民服务站");
		Chromium.screenshot(browser, "network-where");
	}

}
