package io.tanggap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium from the operating system's packages ({@code chromium}, {@code chromium-driver}),
 * driven by Selenium. Both paths are given explicitly so Selenium Manager never looks for, or
 * downloads, a browser or driver of its own.
 */
final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");
	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
	static final Dimension DESKTOP = new Dimension(1280, 900);
	static final Dimension PHONE = new Dimension(360, 740);
	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final Path profile;
	private final ChromeDriverService service;
	final ChromeDriver driver;
	private final WebDriverWait wait;
	private final List<String> console = new ArrayList<>();

	private Browser(Path profile, boolean javaScript) {
		this.profile = profile;
		this.service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
					"--user-data-dir=" + profile, "--window-size=" + DESKTOP.width + "," + DESKTOP.height);
		// Speaks Indonesian like the people Tanggap is made for; an English Accept-Language would switch the pages.
		options.addArguments("--lang=id-ID");
		options.setExperimentalOption("prefs", javaScript ? Map.of("intl.accept_languages", "id-ID,id")
				: Map.of("intl.accept_languages", "id-ID,id", "profile.managed_default_content_settings.javascript", 2));
		LoggingPreferences logging = new LoggingPreferences();
		logging.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logging);
		this.driver = new ChromeDriver(service, options);
		this.wait = new WebDriverWait(driver, Duration.ofSeconds(10));
		wait.ignoring(StaleElementReferenceException.class);
	}

	/**
	 * Skips the tests it is applied to when Chromium or its driver is not installed, unless the
	 * environment demands browser tests ({@code TANGGAP_BROWSER_TESTS=required}, as CI does): then
	 * they fail. Decided before the application starts, so a skip costs nothing.
	 */
	static final class Installed implements ExecutionCondition {
		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
				return ConditionEvaluationResult.enabled("Chromium and its driver are installed");
			}
			String missing = "browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
					+ " (Debian packages chromium and chromium-driver)";
			if ("required".equals(System.getenv("TANGGAP_BROWSER_TESTS"))) {
				throw new IllegalStateException(missing + ", and TANGGAP_BROWSER_TESTS=required");
			}
			return ConditionEvaluationResult.disabled(missing + "; skipped (TANGGAP_BROWSER_TESTS=required fails instead)");
		}
	}

	static Browser start() {
		return start(true);
	}

	/** @param javaScript false to see a page as a phone with scripts off (or a very old browser) does */
	static Browser start(boolean javaScript) {
		try {
			return new Browser(Files.createTempDirectory("tanggap-chromium-"), javaScript);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Waits for {@code condition}. An element that a page swap replaced is stale and looked up again;
	 * Chromium sometimes reports it not as stale but as an "unknown error" that the node "does not
	 * belong to the document", which is read the same way.
	 */
	private <T> T until(ExpectedCondition<T> condition) {
		return wait.until(driver -> {
			try {
				return condition.apply(driver);
			}
			catch (WebDriverException e) {
				if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
					return null;
				}
				throw e;
			}
		});
	}

	void open(String url) {
		driver.get(url);
	}

	/** Waits for the page's heading; boosted links and forms swap the page in the background. */
	void awaitHeading(String text) {
		until(ExpectedConditions.textToBe(By.tagName("h1"), text));
	}

	WebElement await(By locator) {
		return until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	void awaitText(By locator, String text) {
		until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
	}

	void awaitGone(By locator) {
		until(ExpectedConditions.invisibilityOfElementLocated(locator));
	}

	void awaitWindows(int count) {
		until(ExpectedConditions.numberOfWindowsToBe(count));
	}

	void type(String id, String text) {
		WebElement field = driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	void click(By locator) {
		until(ExpectedConditions.elementToBeClickable(locator)).click();
	}

	void resize(Dimension size) {
		driver.manage().window().setSize(size);
	}

	/** A screenshot of the whole page, in a window as tall as the page. */
	void screenshotWholePage(String name) {
		Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight;");
		resize(new Dimension(DESKTOP.width, height.intValue() + 150));
		screenshot(name);
		resize(DESKTOP);
	}

	/** @return how many chart containers ({@code .chart}) hold a live ECharts chart with series and a canvas */
	int drawnCharts() {
		return ((Number) driver.executeScript("""
				return Array.prototype.filter.call(document.querySelectorAll('.chart'), function (box) {
				  var chart = window.echarts && echarts.getInstanceByDom(box);
				  return chart && chart.getOption().series.length > 0 && box.querySelector('canvas');
				}).length;""")).intValue();
	}

	/** Signs in on the service at {@code base} (e.g. {@code http://localhost:8080}) as a workspace owner. */
	void signIn(String base, String email) {
		open(base + "/login");
		awaitHeading("Masuk");
		type("email", email);
		type("password", TestWorkspaces.PASSWORD);
		click(By.cssSelector("main button.primary"));
		awaitText(By.tagName("h1"), "Halo, ");
	}

	void screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
			Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** @return warnings and errors the pages logged so far: CSP violations, script errors, failed loads */
	List<String> problems() {
		for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
			if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
				console.add(entry.getLevel() + " " + entry.getMessage());
			}
		}
		return List.copyOf(console);
	}

	@Override
	public void close() {
		try {
			driver.quit();
		}
		finally {
			service.close();
			deleteProfile();
		}
	}

	private void deleteProfile() {
		try (Stream<Path> files = Files.walk(profile)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ignored) {
			// a leftover temporary profile is harmless
		}
	}
}
