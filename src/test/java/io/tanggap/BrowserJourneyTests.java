package io.tanggap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The first person's journey through the staff pages in a real headless Chromium: the scripts,
 * the Content-Security-Policy and htmx's boosted navigation all run as they do for people, which
 * MockMvc cannot show. Screenshots of the main pages go to {@code target/screenshots}.
 */
@ExtendWith(Browser.Installed.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabases.H2.class)
@TestPropertySource(properties = "test.database=browser")
class BrowserJourneyTests {

	private static final String OWNER = "ani@example.com";
	private static final String COLLEAGUE = "budi@example.com";
	private static final String PASSWORD = "kopi-tubruk-pagi-hari";

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeEach
	void startBrowser() {
		browser = Browser.start();
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void ownerSetsUpTheWorkspaceAndInvitesAnAgentWhoJoins() {
		setUpWorkspace();
		signIn(OWNER, "Halo, Ani!");
		browser.screenshot("03-dashboard");
		showsTheDashboardOnAPhone();

		String invitation = inviteAgent();
		signOut();

		browser.open(invitation);
		browser.awaitHeading("Bergabung dengan Tanggap");
		assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains(COLLEAGUE, "Agen");
		browser.screenshot("05-join");
		browser.type("displayName", "Budi");
		browser.type("password", PASSWORD);
		browser.type("passwordConfirmation", PASSWORD);
		browser.click(By.cssSelector("main button.primary"));
		browser.awaitText(By.cssSelector(".alert.ok"), "Selamat bergabung! Silakan masuk sebagai " + COLLEAGUE);

		signIn(COLLEAGUE, "Halo, Budi!");
		// An agent sees no settings at all, not merely refused ones.
		assertThat(browser.driver.findElements(By.cssSelector("nav.sidebar .sub"))).isEmpty();
		assertThat(browser.driver.findElements(By.cssSelector("a[href*='/settings/']"))).isEmpty();
		browser.screenshot("06-agent-dashboard");
		signOut();

		assertThat(browser.problems()).as("browser console warnings and errors").isEmpty();
	}

	private void setUpWorkspace() {
		browser.open(url("/"));
		browser.awaitHeading("Selamat datang di Tanggap");
		browser.screenshot("01-setup");

		browser.click(By.linkText("English"));
		browser.awaitHeading("Welcome to Tanggap");
		browser.click(By.linkText("Bahasa Indonesia"));
		browser.awaitHeading("Selamat datang di Tanggap");

		browser.type("workspaceName", "Warung Kopi Senja");
		browser.type("ownerName", "Ani");
		browser.type("ownerEmail", OWNER);
		browser.type("password", "pendek");
		browser.type("passwordConfirmation", "pendek");
		browser.click(By.cssSelector("main button.primary"));
		browser.awaitText(By.cssSelector(".field-error"), "Kata sandi harus 10 sampai 72 karakter.");
		assertThat(browser.driver.findElement(By.id("workspaceName")).getDomProperty("value"))
			.as("what was typed survives the error").isEqualTo("Warung Kopi Senja");
		browser.screenshot("02-setup-error");

		browser.type("password", PASSWORD);
		browser.type("passwordConfirmation", PASSWORD);
		browser.click(By.cssSelector("main button.primary"));
		browser.awaitHeading("Masuk");
		browser.awaitText(By.cssSelector(".alert.ok"), "Ruang kerja dibuat. Silakan masuk sebagai " + OWNER);
	}

	private void showsTheDashboardOnAPhone() {
		browser.resize(Browser.PHONE);
		Number overflow = (Number) browser.driver
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		browser.screenshot("03-dashboard-phone");
		browser.resize(Browser.DESKTOP);
		assertThat(overflow.intValue()).as("sideways scrolling at 360 px").isLessThanOrEqualTo(0);
	}

	/** @return the invitation link as shown once on the team page, pointed at this test's server */
	private String inviteAgent() {
		browser.click(By.linkText("Tim"));
		browser.awaitHeading("Tim");
		browser.type("email", COLLEAGUE);
		new Select(browser.driver.findElement(By.id("role"))).selectByValue("AGENT");
		browser.click(By.cssSelector("form[action$='/settings/team/invitations'] button.primary"));
		String link = browser.await(By.cssSelector("input.secret")).getDomProperty("value");
		browser.screenshot("04-team-invited");
		assertThat(link).contains("/invitations/");
		// The link carries the configured public address; this test's server listens elsewhere.
		return url(link.substring(link.indexOf("/invitations/")));
	}

	private void signIn(String email, String greeting) {
		browser.type("email", email);
		browser.type("password", PASSWORD);
		browser.click(By.cssSelector("main button.primary"));
		browser.awaitHeading(greeting);
	}

	private void signOut() {
		browser.click(By.cssSelector("form[action$='/logout'] button"));
		browser.awaitText(By.cssSelector(".alert.ok"), "Anda telah keluar.");
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
