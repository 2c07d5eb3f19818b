package io.tanggap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import io.tanggap.identity.Actor;
import io.tanggap.identity.NewWorkspace;
import io.tanggap.identity.Role;
import io.tanggap.identity.WorkspaceSetup;
import io.tanggap.survey.SurveyId;
import io.tanggap.survey.SurveyManagement;

/**
 * A customer answers on a phone-sized screen in real headless Chromium: with JavaScript (skip
 * logic shows a question only when it applies) and without it (every question shows, and the
 * answer to one that does not apply is dropped).
 */
@ExtendWith(Browser.Installed.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabases.H2.class)
@TestPropertySource(properties = "test.database=respondent-browser")
class RespondentBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	WorkspaceSetup setup;

	@Autowired
	SurveyManagement surveys;

	@Autowired
	JdbcClient jdbc;

	SurveyId survey;

	@BeforeEach
	void publishedPostVisitSurvey() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		var workspace = setup.create(new NewWorkspace("Kopi " + suffix, "Owner", "o-" + suffix + "@example.com",
				"kata-sandi-panjang-1", null, null, null), "test");
		Actor owner = new Actor(workspace, Role.OWNER, "owner", Optional.empty());
		survey = surveys.publish(owner, surveys.createFromTemplate(owner, "csat-setelah-kunjungan", "Kunjungan").id())
			.id();
	}

	@Test
	void answersOnAPhoneWithSkipLogic() {
		try (Browser browser = Browser.start()) {
			browser.resize(Browser.PHONE);
			browser.open("http://localhost:" + port + "/s/" + survey + "?ch=qr");
			WebElement improve = browser.driver.findElement(By.id("f-improve"));
			assertThat(improve.isDisplayed()).as("asked only after a low score").isFalse();
			assertThat(width(browser)).as("no sideways scrolling at 360 px").isLessThanOrEqualTo(360);
			browser.click(By.cssSelector("#f-overall label:nth-of-type(2)"));
			assertThat(improve.isDisplayed()).isTrue();
			browser.click(By.cssSelector("#f-improve label:nth-of-type(2)"));
			browser.type("f-comment-text", "Nunggu lama banget");
			browser.screenshot("respondent-phone");
			browser.click(By.cssSelector("button[type=submit]"));
			browser.awaitHeading("Terima kasih!");
			assertThat(browser.problems()).isEmpty();
		}
		assertThat(answers()).contains("overall=2", "improve=speed", "comment=Nunggu lama banget");
		assertThat(jdbc.sql("SELECT channel FROM survey_response WHERE survey_id = ?").param(survey.value())
			.query(String.class).single()).isEqualTo("QR");
	}

	@Test
	void answersWithoutJavaScript() {
		try (Browser browser = Browser.start(false)) {
			browser.resize(Browser.PHONE);
			browser.open("http://localhost:" + port + "/s/" + survey);
			assertThat(browser.driver.findElement(By.id("f-improve")).isDisplayed()).isTrue();
			browser.type("f-comment-text", "Kopinya enak");
			browser.click(By.cssSelector("button[type=submit]"));
			browser.awaitText(By.cssSelector("#f-overall .error"), "Mohon jawab pertanyaan ini.");
			assertThat(browser.driver.findElement(By.id("f-comment-text")).getAttribute("value")).isEqualTo("Kopinya enak");
			browser.click(By.cssSelector("#f-overall label:nth-of-type(5)"));
			browser.click(By.cssSelector("#f-improve label:nth-of-type(4)"));
			browser.screenshot("respondent-no-javascript");
			browser.click(By.cssSelector("button[type=submit]"));
			browser.awaitHeading("Terima kasih!");
		}
		assertThat(answers()).contains("overall=5", "comment=Kopinya enak").noneMatch(a -> a.startsWith("improve"));
	}

	private static long width(Browser browser) {
		return (Long) browser.driver.executeScript("return document.documentElement.scrollWidth");
	}

	private List<String> answers() {
		return jdbc.sql("""
				SELECT a.question_id, a.score, a.choices, a.text_value FROM answer a
				JOIN survey_response r ON r.id = a.response_id WHERE r.survey_id = ?""").param(survey.value())
			.query((rs, row) -> rs.getString(1) + "=" + (rs.getString(2) != null ? rs.getString(2)
					: rs.getString(3) != null ? rs.getString(3) : rs.getString(4)))
			.list();
	}
}
