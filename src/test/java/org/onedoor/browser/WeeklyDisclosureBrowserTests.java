package org.onedoor.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident opens the weekly disclosure without signing in: the latest week's table, its
 * charts drawn (ECharts canvases beside their tables), an earlier week picked, the downloads offered.
 */
class WeeklyDisclosureBrowserTests extends BrowserTest {

	@Test
	void anyoneReadsTheWeeklyFiguresAndPicksAnEarlierWeek() {
		browser.get(url("/disclosure/weekly"));
		WebElement heading = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("shown-week")));
		String latest = heading.getText();
		assertThat(browser.getCurrentUrl()).doesNotContain("/login");
		assertThat(browser.findElement(By.id("weekly-figures")).getText()).contains("单位", "受理量", "按期办结率", "合计");
		wait.until(d -> d.findElements(By.cssSelector(".chart canvas")).size() >= 2);
		Long drawn = (Long) ((JavascriptExecutor) browser).executeScript(
				"return document.querySelectorAll('.chart').length - document.querySelectorAll('.chart canvas').length;");
		assertThat(drawn).as("every chart drawn").isLessThanOrEqualTo(0L);
		Chromium.screenshot(browser, "disclosure-weekly");

		Select weeks = new Select(browser.findElement(By.id("week")));
		List<WebElement> options = weeks.getOptions();
		assertThat(options.size()).isGreaterThanOrEqualTo(2);
		String earlier = options.get(1).getAttribute("value");
		weeks.selectByValue(earlier);
		browser.findElement(By.cssSelector("form.d-picker button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("shown-week"), earlier));
		assertThat(browser.findElement(By.id("shown-week")).getText()).isNotEqualTo(latest);
		assertThat(browser.findElement(By.id("csv")).getAttribute("href")).endsWith("/disclosure/weekly.csv?week=" + earlier);
		assertThat(browser.findElement(By.id("xlsx")).getAttribute("href")).endsWith("/disclosure/weekly.xlsx?week=" + earlier);
	}

}
