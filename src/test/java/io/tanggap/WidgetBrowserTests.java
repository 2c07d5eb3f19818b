package io.tanggap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.tanggap.identity.PublicAddress;

/**
 * A café owner puts a survey on their own website in real headless Chromium: builds it from the
 * post-visit template, edits a question, looks at the phone preview, publishes, and pastes the
 * widget snippet into a page that another server serves (another origin, as a real website is).
 * A visitor answers in the pop-up; the answer is stored, and the widget does not ask them again.
 */
@ExtendWith(Browser.Installed.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabases.H2.class)
@TestPropertySource(properties = "test.database=widget-browser")
class WidgetBrowserTests {

	/** Seconds before the pop-up appears: short, so the test does not wait long, yet long enough to see the delay. */
	private static final int DELAY = 1;

	private static final String EDITED = "Seberapa puas Anda dengan kunjungan ke Kopi Senja hari ini?";

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces workspaces;

	@Autowired
	PublicAddress address;

	Browser browser;

	HttpServer website;

	/** What the café's website serves at {@code /menu}; the owner pastes the snippet into it. */
	volatile String menuPage = "";

	@BeforeEach
	void startBrowserAndWebsite() throws IOException {
		website = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		website.createContext("/", this::serve);
		website.start();
		browser = Browser.start();
	}

	@AfterEach
	void stop() {
		if (browser != null) {
			browser.close();
		}
		website.stop(0);
	}

	@Test
	void popUpOnTheCafesOwnWebsiteTakesTheAnswerAndDoesNotAskTheVisitorAgain() {
		var workspace = workspaces.create();
		signIn(workspace.ownerEmail());
		String survey = createFromTemplate();
		editFirstQuestion();
		previewOnAPhone();
		publish();
		String menu = putOnTheWebsite(widgetSnippet());

		answerInThePopUp(menu, survey);
		browser.open(menu); // the same visitor comes back: past the delay, still no pop-up
		browser.await(By.cssSelector("body[data-settled]"));
		assertThat(browser.driver.findElements(By.cssSelector("div[role=dialog]"))).as("asked again").isEmpty();

		storedAsAWidgetResponse();
		assertThat(browser.problems()).as("browser console warnings and errors").isEmpty();
	}

	/** @return the address of the website's page with the snippet, pasted with a short delay and a page pattern */
	private String putOnTheWebsite(String snippet) {
		menuPage = menuPageWith(snippet.replace("data-delay=\"5\"", "data-delay=\"" + DELAY + "\"")
			.replace("async>", "data-match=\"/menu\" async>"));
		return "http://127.0.0.1:" + website.getAddress().getPort() + "/menu";
	}

	/** A visitor waits for the pop-up, answers it, sees the thanks, and the pop-up goes away by itself. */
	private void answerInThePopUp(String menu, String survey) {
		long opened = System.nanoTime();
		browser.open(menu);
		WebElement popUp = browser.await(By.cssSelector("div[role=dialog] iframe"));
		assertThat(Duration.ofNanos(System.nanoTime() - opened)).as("shown after its delay")
			.isGreaterThanOrEqualTo(Duration.ofSeconds(DELAY));
		assertThat(popUp.getDomAttribute("src")).isEqualTo(url("/s/" + survey + "?ch=widget"));
		browser.screenshot("widget-popup");

		browser.driver.switchTo().frame(popUp);
		browser.awaitText(By.cssSelector("#f-overall legend"), EDITED);
		browser.click(By.cssSelector("#f-overall label:nth-of-type(5)"));
		browser.click(By.cssSelector("#f-taste label:nth-of-type(5)"));
		browser.type("f-comment-text", "Kopi susunya mantap");
		browser.click(By.cssSelector("button[type=submit]"));
		browser.awaitHeading("Terima kasih!");
		browser.screenshot("widget-thanks");
		browser.driver.switchTo().defaultContent();
		browser.awaitGone(By.cssSelector("div[role=dialog]"));
		assertThat(browser.driver.executeScript("return localStorage.getItem('tanggap:' + arguments[0])", survey))
			.as("the website remembers the visitor answered").isNotNull();
	}

	private void signIn(String email) {
		browser.open(url("/login"));
		browser.awaitHeading("Masuk");
		browser.type("email", email);
		browser.type("password", TestWorkspaces.PASSWORD);
		browser.click(By.cssSelector("main button.primary"));
		browser.awaitText(By.tagName("h1"), "Halo, ");
	}

	/** @return the new survey's id, from the builder's address */
	private String createFromTemplate() {
		browser.click(By.linkText("Survei"));
		browser.awaitHeading("Survei");
		browser.click(By.xpath("//label[contains(@class, 'template')][.//strong[text()='CSAT setelah kunjungan']]"));
		browser.type("templateName", "Kunjungan Kopi Senja");
		browser.click(By.xpath("//button[text()='Buat survei']"));
		browser.awaitHeading("Kunjungan Kopi Senja");
		String address = browser.driver.getCurrentUrl();
		return address.substring(address.lastIndexOf('/') + 1);
	}

	private void editFirstQuestion() {
		browser.click(By.cssSelector("#question-overall .actions a"));
		browser.awaitHeading("Ubah pertanyaan");
		browser.type("textid", EDITED);
		browser.click(By.cssSelector("main button.primary"));
		browser.awaitText(By.cssSelector(".alert.ok"), "Pertanyaan tersimpan.");
		assertThat(browser.driver.findElement(By.cssSelector("#question-overall strong")).getText()).isEqualTo(EDITED);
	}

	/** The preview opens in a tab of its own; seen at a phone's width, without sideways scrolling. */
	private void previewOnAPhone() {
		String builder = browser.driver.getWindowHandle();
		browser.click(By.linkText("Pratinjau"));
		browser.awaitWindows(2);
		List<String> windows = new ArrayList<>(browser.driver.getWindowHandles());
		windows.remove(builder);
		browser.driver.switchTo().window(windows.get(0));
		browser.resize(Browser.PHONE);
		browser.awaitText(By.cssSelector("#f-overall legend"), EDITED);
		assertThat(browser.driver.findElement(By.cssSelector("p.preview")).getText()).contains("Pratinjau");
		Number overflow = (Number) browser.driver
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		browser.screenshot("widget-preview-phone");
		assertThat(overflow.intValue()).as("sideways scrolling at 360 px").isLessThanOrEqualTo(0);
		browser.resize(Browser.DESKTOP);
		browser.driver.close();
		browser.driver.switchTo().window(builder);
	}

	private void publish() {
		browser.click(By.xpath("//button[text()='Terbitkan']"));
		browser.awaitText(By.cssSelector(".alert.ok"), "Survei diterbitkan.");
		browser.awaitText(By.cssSelector(".status-card .badge"), "Terbit");
	}

	/** @return the snippet as the owner copies it from the share section, pointed at this test's server */
	private String widgetSnippet() {
		browser.click(By.xpath("//summary[text()='Bagikan survei']"));
		String snippet = browser.await(By.id("widget-snippet")).getDomProperty("value");
		assertThat(snippet).startsWith("<script src=\"" + address.of("/widget.js") + "\"")
			.contains("data-sample=\"100\"", "data-delay=\"5\"")
			.endsWith("async></script>");
		// The snippet carries the configured public address; this test's server listens elsewhere.
		return snippet.replace(address.base(), url(""));
	}

	private void storedAsAWidgetResponse() {
		browser.open(url("/responses"));
		browser.awaitHeading("Tanggapan");
		browser.awaitText(By.cssSelector("p.status"), "1 tanggapan");
		assertThat(browser.driver.findElement(By.cssSelector("tbody tr")).getText()).contains("Kunjungan Kopi Senja",
				"Widget", "Kopi susunya mantap");
	}

	private static String menuPageWith(String snippet) {
		// The page marks itself settled a second after the widget's delay has passed, so a test can
		// wait for that moment instead of sleeping.
		return """
				<!DOCTYPE html>
				<html lang="id">
				<head><meta charset="utf-8"><title>Menu · Kopi Senja</title><link rel="icon" href="data:,"></head>
				<body>
				<h1>Menu Kopi Senja</h1>
				<p>Kopi susu gula aren · Rp 22.000</p>
				%s
				<script>addEventListener('load', function () { setTimeout(function () { document.body.dataset.settled = 'yes'; }, %d); });</script>
				</body>
				</html>
				""".formatted(snippet, (DELAY + 1) * 1000);
	}

	private void serve(HttpExchange exchange) throws IOException {
		try {
			boolean menu = exchange.getRequestURI().getPath().equals("/menu");
			byte[] body = (menu ? menuPage : "Not found").getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", menu ? "text/html; charset=utf-8" : "text/plain");
			exchange.sendResponseHeaders(menu ? 200 : 404, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
		finally {
			exchange.close();
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
