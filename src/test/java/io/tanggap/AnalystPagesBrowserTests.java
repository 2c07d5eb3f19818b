package io.tanggap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
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
import io.tanggap.survey.Choice;
import io.tanggap.survey.HiddenAnswers;
import io.tanggap.survey.MetricRole;
import io.tanggap.survey.Question;
import io.tanggap.survey.QuestionType;
import io.tanggap.survey.SurveyDefinition;
import io.tanggap.survey.SurveyId;
import io.tanggap.survey.SurveyManagement;
import io.tanggap.survey.Text;

/**
 * The dashboard's segments and drivers pages in real headless Chromium: reached by their tabs
 * through htmx's boosted navigation, ECharts draws the segments' bars and the drivers'
 * performance-vs-importance chart with its fix-first quadrant, again after "back", under the
 * Content-Security-Policy and without a console error; with scripts off the tables are all there.
 */
@ExtendWith(Browser.Installed.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabases.H2.class)
@TestPropertySource(properties = "test.database=analyst-pages-browser")
class AnalystPagesBrowserTests {

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

	SurveyId survey;

	@BeforeEach
	void answersOfTheLastMonths() {
		workspace = workspaces.create();
		List<UUID> branchIds = List.of(branches.add(workspace.owner(), "Kemang", "Jakarta", null).id(),
				branches.add(workspace.owner(), "Dago", "Bandung", null).id());
		survey = surveys.publish(workspace.owner(), surveys.create(workspace.owner(), "Kunjungan",
				new SurveyDefinition(List.of("id", "en"), Text.of("Kunjungan", "Visit"), List.of(
						new Question("nps", QuestionType.NPS, Text.of("NPS", "NPS"), true, MetricRole.NPS, null, null),
						new Question("csat", QuestionType.CSAT_5, Text.of("Puas?", "Satisfied?"), true, MetricRole.CSAT,
								null, null),
						new Question("staff", QuestionType.RATING_STARS, Text.of("Keramahan staf", "Staff"), false,
								MetricRole.DRIVER, null, null),
						new Question("clean", QuestionType.RATING_STARS, Text.of("Kebersihan", "Cleanliness"), false,
								MetricRole.DRIVER, null, null),
						new Question("parking", QuestionType.RATING_STARS, Text.of("Parkir", "Parking"), false,
								MetricRole.DRIVER, null, null),
						new Question("usia", QuestionType.SINGLE_CHOICE, Text.of("Usia", "Age"), false, MetricRole.NONE,
								List.of(new Choice("muda", Text.of("Di bawah 30", "Under 30")),
										new Choice("tua", Text.of("30 ke atas", "30 and over"))), null)),
						null)).id()).id();
		// Three months before this one: satisfaction made mostly of the staff rating, which is low.
		SplittableRandom random = new SplittableRandom(11);
		YearMonth now = YearMonth.from(LocalDate.now(JAKARTA));
		for (int i = 0; i < 120; i++) {
			int staff = 1 + random.nextInt(3);
			int clean = 3 + random.nextInt(3);
			Map<String, Object> answers = new HashMap<>(Map.of("staff", staff, "clean", clean, "parking",
					1 + random.nextInt(5), "csat", Math.min(5, staff + random.nextInt(2) + (clean > 4 ? 1 : 0)),
					"nps", Math.min(10, 2 * staff + 2 + random.nextInt(3)), "usia", i % 3 == 0 ? "tua" : "muda"));
			LocalDate day = now.minusMonths(1 + i % 3).atDay(10);
			intake.submit(workspace.id(), new Submission(survey, "a-" + i, answers, i % 2 == 0 ? Channel.QR : Channel.LINK,
					branchIds.get(i % 2), i % 4 == 0 ? "kasir" : "meja", null, "id",
					day.atTime(10, i % 60).atZone(JAKARTA).toInstant(), HiddenAnswers.REJECT));
		}
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void drawsTheSegmentsBarsAndTheDriversChartWhicheverWayThePageCame() {
		browser = Browser.start();
		browser.signIn("http://localhost:" + port, workspace.ownerEmail());
		browser.click(By.linkText("Dasbor"));
		browser.awaitHeading("Dasbor");
		browser.click(By.linkText("Segmen"));
		browser.awaitHeading("Segmen");

		new Select(browser.driver.findElement(By.id("period"))).selectByValue("last-12-months");
		browser.click(By.cssSelector("form[role=search] button.primary"));
		browser.await(By.cssSelector(".chart[data-chart=segments] canvas"));
		awaitDrawn(2); // NPS and CSAT by branch; no CES answers, no CES chart
		assertThat(browser.driver.findElements(By.cssSelector("table.segments tbody tr"))).hasSize(3);
		assertThat(browser.driver.findElements(By.cssSelector("table.crosstab tbody tr"))).hasSize(2);
		browser.screenshotWholePage("segments");

		new Select(browser.driver.findElement(By.id("survey"))).selectByVisibleText("Kunjungan");
		new Select(browser.driver.findElement(By.id("by"))).selectByValue("question");
		browser.click(By.cssSelector("form[role=search] button.primary"));
		browser.awaitText(By.id("table-title"), "Usia");
		awaitDrawn(2);
		String byAge = browser.driver.findElement(By.id("table-title")).getText();

		browser.click(By.linkText("Pendorong"));
		browser.awaitHeading("Pendorong");
		new Select(browser.driver.findElement(By.id("survey"))).selectByVisibleText("Kunjungan");
		browser.click(By.cssSelector("form[role=search] button.primary"));
		browser.await(By.cssSelector(".chart[data-chart=drivers] canvas"));
		awaitDrawn(1);
		assertThat(browser.driver.findElement(By.cssSelector("tr.fix-first th")).getText()).isEqualTo("Keramahan staf");
		assertThat(((Number) browser.driver.executeScript("""
				var option = echarts.getInstanceByDom(document.querySelector('.chart[data-chart=drivers]')).getOption();
				return option.series[0].data.length * 10 + option.series[0].markArea.data.length;"""))
			.intValue()).as("three points and the fix-first quadrant").isEqualTo(31);
		browser.screenshotWholePage("drivers");

		// Back twice (the drivers form, then its tab): htmx puts the segments by age back from its
		// history cache, with empty chart boxes.
		browser.driver.navigate().back();
		browser.awaitText(By.cssSelector("p.choose"), "Pilih survei");
		browser.driver.navigate().back();
		browser.awaitText(By.id("table-title"), byAge);
		awaitDrawn(2);

		browser.open(url("/dashboard/drivers?lang=en&survey=" + survey));
		browser.awaitHeading("Drivers");
		browser.await(By.cssSelector(".chart[data-chart=drivers] canvas"));
		awaitDrawn(1);
		browser.screenshot("drivers-en");

		browser.resize(Browser.PHONE);
		Number overflow = (Number) browser.driver
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		browser.screenshot("drivers-phone");
		browser.resize(Browser.DESKTOP);
		assertThat(overflow.intValue()).as("sideways scrolling at 360 px").isLessThanOrEqualTo(0);

		assertThat(browser.problems()).as("browser console warnings and errors").isEmpty();
	}

	@Test
	void withoutJavaScriptShowsTheTablesAndHidesTheEmptyCharts() {
		browser = Browser.start(false);
		browser.signIn("http://localhost:" + port, workspace.ownerEmail());
		browser.open(url("/dashboard/segments?period=last-12-months&rows=branch&columns=channel"));
		browser.awaitHeading("Segmen");
		assertThat(browser.driver.findElement(By.cssSelector("table.segments")).isDisplayed()).isTrue();
		assertThat(browser.driver.findElement(By.cssSelector("table.crosstab")).isDisplayed()).isTrue();
		assertThat(browser.driver.findElements(By.cssSelector(".chart"))).allSatisfy(chart -> assertThat(chart.isDisplayed())
			.isFalse());
		browser.screenshot("segments-no-js");

		browser.open(url("/dashboard/drivers?survey=" + survey));
		browser.awaitHeading("Pendorong");
		assertThat(browser.driver.findElement(By.cssSelector("table.drivers")).isDisplayed()).isTrue();
		assertThat(browser.driver.findElement(By.cssSelector("p.no-js")).isDisplayed()).isTrue();
		assertThat(browser.driver.findElement(By.cssSelector(".chart")).isDisplayed()).isFalse();
		browser.screenshot("drivers-no-js");
	}

	/** Waits until this many chart containers hold a live ECharts chart with series and a canvas. */
	private void awaitDrawn(int charts) {
		new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(driver -> browser.drawnCharts() == charts
				&& driver.findElements(By.cssSelector(".chart")).size() == charts);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
