package io.tanggap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import io.tanggap.feedback.Channel;
import io.tanggap.feedback.FeedbackIntake;
import io.tanggap.feedback.Submission;
import io.tanggap.survey.HiddenAnswers;
import io.tanggap.survey.MetricRole;
import io.tanggap.survey.Question;
import io.tanggap.survey.QuestionType;
import io.tanggap.survey.SurveyDefinition;
import io.tanggap.survey.SurveyId;
import io.tanggap.survey.SurveyManagement;
import io.tanggap.survey.Text;

/**
 * The Tema page in real headless Chromium: reached by its tab through htmx's boosted navigation,
 * ECharts draws the share of comments per theme and the NPS difference each theme makes, under the
 * Content-Security-Policy and without a console error; a theme leads to its comments; with scripts
 * off the tables say it all. Shares its application with {@link AnalystPagesBrowserTests}.
 */
@ExtendWith(Browser.Installed.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabases.H2.class)
@TestPropertySource(properties = "test.database=analyst-pages-browser")
class ThemesBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces workspaces;

	@Autowired
	SurveyManagement surveys;

	@Autowired
	FeedbackIntake intake;

	@Autowired
	JdbcClient jdbc;

	Browser browser;

	TestWorkspaces.TestWorkspace workspace;

	@BeforeEach
	void commentsOfThisMonth() {
		workspace = workspaces.create();
		SurveyId survey = surveys.publish(workspace.owner(), surveys.create(workspace.owner(), "Kunjungan",
				new SurveyDefinition(List.of("id", "en"), Text.of("Kunjungan", "Visit"), List.of(
						new Question("nps", QuestionType.NPS, Text.of("NPS", "NPS"), true, MetricRole.NPS, null, null),
						new Question("komentar", QuestionType.TEXT, Text.of("Komentar", "Comment"), false, MetricRole.NONE,
								null, null)),
						null)).id()).id();
		List<String> comments = List.of("makanannya enak sekali", "pelayannya jutek, kotor dan lama",
				"kopinya enak, harga murah", "antri lama sekali, kasir jutek");
		for (int i = 0; i < 40; i++) {
			intake.submit(workspace.id(), new Submission(survey, "b-" + i, Map.of("nps", i % 11, "komentar",
					comments.get(i % comments.size())), Channel.QR, null, null, null, "id", Instant.now().minusSeconds(60),
					HiddenAnswers.REJECT));
		}
		await("comments read").atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql(
				"SELECT COUNT(*) FROM comment_analysis WHERE workspace_id = ?").param(workspace.id().value())
			.query(Long.class).single() == 40);
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void drawsTheThemesChartsAndLeadsToTheComments() {
		browser = Browser.start();
		browser.signIn("http://localhost:" + port, workspace.ownerEmail());
		browser.click(By.linkText("Dasbor"));
		browser.awaitHeading("Dasbor");
		browser.click(By.cssSelector("nav.tabs a[href='/dashboard/themes']"));
		browser.awaitHeading("Tema");
		browser.await(By.cssSelector(".chart[data-chart=segments] canvas"));
		new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(driver -> browser.drawnCharts() == 2);
		assertThat(browser.driver.findElement(By.cssSelector("p.period")).getText()).contains("40 komentar terbaca");
		browser.screenshotWholePage("themes");

		String first = browser.driver.findElement(By.cssSelector("#mentions tbody tr th a")).getText();
		browser.click(By.cssSelector("#mentions tbody tr th a"));
		browser.awaitHeading("Tanggapan");
		assertThat(new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("theme")))
			.getFirstSelectedOption().getText()).isEqualTo(first);
		// What htmx keeps of the page for "back" holds empty chart boxes without inline style.
		assertThat(String.valueOf(browser.driver.executeScript("return localStorage.getItem('htmx-history-cache');")))
			.contains("data-key=\\\"theme_share\\\"").doesNotContain("style=");
		browser.driver.navigate().back();
		browser.awaitHeading("Tema");
		new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(driver -> browser.drawnCharts() == 2);
		assertThat(browser.problems()).as("browser console warnings and errors").isEmpty();
	}

	@Test
	void withoutJavaScriptShowsTheTablesAndHidesTheCharts() {
		browser = Browser.start(false);
		browser.signIn("http://localhost:" + port, workspace.ownerEmail());
		browser.open("http://localhost:" + port + "/dashboard/themes");
		browser.awaitHeading("Tema");
		assertThat(browser.driver.findElement(By.cssSelector("#mentions table")).isDisplayed()).isTrue();
		assertThat(browser.driver.findElement(By.cssSelector("#impact table")).isDisplayed()).isTrue();
		assertThat(browser.driver.findElement(By.cssSelector("#theme-charts p.no-js")).isDisplayed()).isTrue();
		assertThat(browser.driver.findElements(By.cssSelector(".chart"))).allSatisfy(chart -> assertThat(chart.isDisplayed())
			.isFalse());
		browser.screenshot("themes-no-js");
	}
}
