package org.onedoor.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 王大妈 on her phone reads the guide of 城市建筑垃圾处置核准, applies online with her materials
 * uploaded, the clerk of 花果园街道便民服务中心 accepts, and she finds the receipt and the public
 * tracking page.
 */
class OnlineApplicationBrowserTests extends BrowserTest {

	private static final String ITEM = "520100-000185002000";

	@Test
	void fromTheGuideToTheReceipt() throws IOException {
		browser.manage().window().setSize(new Dimension(412, 900));
		browser.get(url("/hall/items/" + ITEM));
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[href*='/hall/apply/']"))).click();
		wait.until(ExpectedConditions.urlContains("/login"));
		browser.findElement(By.id("username")).sendKeys("13800000001");
		browser.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
		browser.findElement(By.id("password")).submit();

		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("apply-form")));
		browser.findElement(By.id("idNumber")).sendKeys("52010219650312402X");
		new Select(browser.findElement(By.id("hall"))).selectByVisibleText("南明区花果园街道便民服务中心");
		browser.findElements(By.name("fieldValue")).get(0).sendKeys("自建房改造，建筑垃圾约20吨");
		Chromium.screenshot(browser, "applications-apply-phone");
		browser.findElement(By.id("apply-start")).click();

		String number = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("application-number"))).getText();
		Path scan = Files.createTempFile("scan", ".pdf");
		try (PDDocument doc = new PDDocument()) {
			doc.addPage(new PDPage());
			doc.save(scan.toFile());
		}
		for (String material : new String[] { "M01", "M02", "M03" }) {
			browser.findElement(By.id("file-" + material)).sendKeys(scan.toAbsolutePath().toString());
			browser.findElement(By.id("upload-" + material)).click();
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("materials")));
		}
		browser.findElement(By.id("submit-application")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("submitted")));
		assertThat(browser.findElement(By.id("application-state")).getText()).contains("待受理");

		browser.manage().deleteAllCookies();
		signInAt("/console/applications/" + number, "clerk", DEMO_PASSWORD);
		wait.until(ExpectedConditions.elementToBeClickable(By.id("accept"))).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("application-state"), "审批中"));

		browser.manage().deleteAllCookies();
		signInAt("/hall/my/" + number, "13800000001", DEMO_PASSWORD);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("document-receipt")));
		assertThat(browser.findElement(By.id("application-step")).getText()).isEqualTo("审查");
		Chromium.screenshot(browser, "applications-accepted-phone");

		browser.manage().deleteAllCookies();
		browser.get(url("/hall/track"));
		browser.findElement(By.id("number")).sendKeys(number);
		browser.findElement(By.id("mobile")).sendKeys("13800000001");
		browser.findElement(By.id("mobile")).submit();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("application-state"), "审批中"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("王**").doesNotContain("52010219650312402X");
	}

}
