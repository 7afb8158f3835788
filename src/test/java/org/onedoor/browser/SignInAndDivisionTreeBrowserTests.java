package org.onedoor.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's walk through the foundation in a real browser: sign in as the demo administrator,
 * open the division tree, unfold 贵阳市 and find 南明区, search for a village by name.
 */
class SignInAndDivisionTreeBrowserTests extends BrowserTest {

	@Test
	void staffSignInAndUnfoldTheDivisionTree() {
		signInAt("/console/divisions", "admin", DEMO_PASSWORD);
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
		signInAt("/console/divisions", "admin", "not-the-password");
		wait.until(ExpectedConditions.urlContains("/login"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("账号或密码不正确");
		Chromium.screenshot(browser, "sign-in-refused");
	}

}
