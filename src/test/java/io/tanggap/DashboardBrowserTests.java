package io.tanggap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import io.tanggap.feedback.Channel;
import io.tanggap.feedback.FeedbackIntake;
import io.tanggap.feedback.Submission;
import io.tanggap.identity.BranchDirectory;
import io.tanggap.survey.HiddenAnswers;
import io.tanggap.survey.MetricRole;
import io.tanggap.survey.Question;
import io.tanggap.survey.QuestionType;
import io.tanggap.survey.SurveyDefinition;
import io.tanggap.survey.SurveyId;
import io.tanggap.survey.SurveyManagement;
import io.tanggap.survey.Text;

/**
 * The owner's dashboard in real headless Chromium: ECharts, loaded from the jar, draws every trend
 * and distribution chart, whether the page came through htmx's boosted navigation, the filter form
 * or a full load, under the Content-Security-Policy and without a console error; with scripts off
 * the cards and tables are all there.
 */
@ExtendWith(Browser.Installed.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabases.H2.class)
@TestPropertySource(properties = "test.database=dashboard-browser")
class DashboardBrowserTests {

	private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	@LocalServerPort
	int port;

	@Autowired
	TestWorkspaces workspaces;

	@Autowired
	SurveyManagement surveys;

	@Autowired
	FeedbackIntake intake;

	@Autowired
	BranchDirectory branches;

	Browser browser;

	TestWorkspaces.TestWorkspace workspace;

	@BeforeEach
	void answersOfTheLastYear() {
		workspace = workspaces.create();
		List<UUID> branchIds = List.of(branches.add(workspace.owner(), "Kemang", "Jakarta", null).id(),
				branches.add(workspace.owner(), "Dago", "Bandung", null).id());
		SurveyId survey = surveys.publish(workspace.owner(), surveys.create(workspace.owner(), "Kunjungan",
				new SurveyDefinition(List.of("id", "en"), Text.of("Kunjungan", "Visit"), List.of(
						new Question("nps", QuestionType.NPS, Text.of("NPS", "NPS"), true, MetricRole.NPS, null, null),
						new Question("csat", QuestionType.CSAT_5, Text.of("Puas?", "Satisfied?"), false, MetricRole.CSAT,
								null, null),
						new Question("ces", QuestionType.CES, Text.of("Mudah?", "Easy?"), false, MetricRole.CES, null, null)),
						null)).id()).id();
		// The eleven months before this one, but for the sixth (a gap in the trend); Dago's answers worse.
		YearMonth now = YearMonth.from(LocalDate.now(JAKARTA));
		for (int back = 1; back <= 11; back++) {
			if (back == 6) {
				continue;
			}
			LocalDate day = now.minusMonths(back).atDay(10);
			for (int i = 0; i < 24; i++) {
				boolean dago = i % 2 == 1;
				Map<String, Object> answers = Map.of("nps", dago ? (i + back) % 7 : 6 + (i + back) % 5,
						"csat", dago ? 1 + i % 4 : 3 + (i + back) % 3, "ces", 2 + (i + back) % 6);
				intake.submit(workspace.id(), new Submission(survey, back + "-" + i, answers, Channel.QR,
						branchIds.get(dago ? 1 : 0), null, null, "id", day.atTime(10, i).atZone(JAKARTA).toInstant(),
						HiddenAnswers.REJECT));
			}
		}
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void drawsEveryChartWhicheverWayThePageCameAndLogsNoError() {
		browser = Browser.start();
		browser.signIn("http://localhost:" + port, workspace.ownerEmail());
		browser.click(By.linkText("Dasbor"));
		browser.awaitHeading("Dasbor");
		assertChartsDrawn(3); // this month: three trends, no distribution yet

		new Select(browser.driver.findElement(By.id("period"))).selectByValue("last-12-months");
		browser.click(By.cssSelector("form[role=search] button.primary"));
		browser.await(By.cssSelector(".chart[data-chart=distribution] canvas"));
		assertChartsDrawn(6);
		assertThat(browser.driver.findElement(By.cssSelector("table.monthly tbody")).findElements(By.tagName("tr")))
			.hasSize(12);
		assertThat(browser.driver.findElements(By.cssSelector("table.ranking"))).hasSize(3);
		browser.screenshotWholePage("dashboard");

		String year = browser.driver.findElement(By.cssSelector("p.period")).getText();
		new Select(browser.driver.findElement(By.id("period"))).selectByValue("last-month");
		browser.click(By.cssSelector("form[role=search] button.primary"));
		browser.awaitText(By.cssSelector("#figure-nps .change"), "dibandingkan dengan");
		assertChartsDrawn(6);
		browser.screenshotWholePage("dashboard-last-month");

		// Back: htmx puts the year's page back from its history cache, with copies of dead charts.
		browser.driver.navigate().back();
		browser.awaitText(By.cssSelector("p.period"), year);
		new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(driver -> browser.drawnCharts() == 6);

		browser.open(url("/dashboard?period=last-12-months&lang=en"));
		browser.awaitHeading("Dashboard");
		browser.await(By.cssSelector(".chart[data-chart=distribution] canvas"));
		assertChartsDrawn(6);
		browser.screenshot("dashboard-en");

		browser.resize(Browser.PHONE);
		Number overflow = (Number) browser.driver
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		browser.screenshot("dashboard-phone");
		browser.resize(Browser.DESKTOP);
		assertThat(overflow.intValue()).as("sideways scrolling at 360 px").isLessThanOrEqualTo(0);

		assertThat(browser.problems()).as("browser console warnings and errors").isEmpty();
	}

	@Test
	void withoutJavaScriptShowsTheCardsAndTablesAndHidesTheEmptyCharts() {
		browser = Browser.start(false);
		browser.signIn("http://localhost:" + port, workspace.ownerEmail());
		browser.open(url("/dashboard?period=last-12-months"));
		browser.awaitHeading("Dasbor");
		assertThat(browser.driver.findElements(By.cssSelector(".card.metric"))).hasSize(3);
		assertThat(browser.driver.findElement(By.cssSelector("table.monthly")).isDisplayed()).isTrue();
		assertThat(browser.driver.findElement(By.cssSelector("table.monthly tbody")).findElements(By.tagName("tr")))
			.hasSize(12);
		assertThat(browser.driver.findElement(By.cssSelector("p.no-js")).isDisplayed()).isTrue();
		assertThat(browser.driver.findElements(By.cssSelector(".chart"))).allSatisfy(chart -> assertThat(chart.isDisplayed())
			.isFalse());
		browser.screenshot("dashboard-no-js");
	}

	/** Every chart container holds a canvas, and ECharts has the chart's series. */
	private void assertChartsDrawn(int charts) {
		browser.await(By.cssSelector(".chart[data-key=nps] canvas"));
		List<WebElement> boxes = browser.driver.findElements(By.cssSelector(".chart"));
		assertThat(boxes).hasSize(charts);
		for (WebElement box : boxes) {
			assertThat(box.findElements(By.tagName("canvas"))).as(box.getDomAttribute("data-chart") + " "
					+ box.getDomAttribute("data-key")).isNotEmpty();
		}
		assertThat(browser.drawnCharts()).isEqualTo(charts);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
