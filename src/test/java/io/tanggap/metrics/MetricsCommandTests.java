package io.tanggap.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * {@code metrics} on the CSV files in src/test/resources/metrics. Expected figures from R 4, e.g.
 * {@code prop.test(7, 10, correct=FALSE)$conf.int} = 0.3967781 0.8922087, and for NPS Rocks's adjusted
 * Wald interval: {@code m <- 9+3; p <- 5.75/m; d <- 2.75/m; 100*(p-d) + c(-1,1)*qnorm(.975)*100*sqrt((p+d-(p-d)^2)/m)}
 * = -20.46924 70.46924.
 */
class MetricsCommandTests {

	private static final Path FIXTURES = Path.of("src/test/resources/metrics");

	@TempDir
	Path dir;

	private record Run(int exit, String out, String err) {
	}

	private static Run run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exit = new CommandLine(new MetricsCommand()).setCaseInsensitiveEnumValuesAllowed(true)
			.setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
		return new Run(exit, out.toString(), err.toString());
	}

	@Test
	void measuresNpsAndSkipsEmptyCells() {
		// 5 promoters, 2 passives, 2 detractors of 9: NPS 33.33; adjusted n' = 12, p' = 5.75/12,
		// d' = 2.75/12, centre 25, SE = 100·√((8.5/12 − 0.25²)/12) = 23.199, 25 ± 45.47 → −20.47..70.47.
		Run run = run("--csv", FIXTURES.resolve("nps.csv").toString(), "--column", "nps", "--kind", "nps");
		assertThat(run.exit()).as(run.err()).isZero();
		assertThat(run.out()).isEqualTo("RESULT nps 33.33 n=9 ci95=-20.47..70.47" + System.lineSeparator());
		assertThat(run.err()).contains("Skipped 2 empty cells", "Low n: nps counts only 9 answers");
	}

	@Test
	void measuresCsatTopTwoAndTopBox() {
		Run run = run("--csv", FIXTURES.resolve("csat5.csv").toString(), "--column", "csat", "--kind", "csat5");
		assertThat(run.exit()).as(run.err()).isZero();
		assertThat(run.out().lines()).containsExactly("RESULT csat_top2 70.00 n=10 ci95=39.68..89.22",
				"RESULT csat_top_box 40.00 n=10 ci95=16.82..68.73");
	}

	@Test
	void measuresCesMeanAndShareAgreeing() {
		Run run = run("--csv", FIXTURES.resolve("ces7.csv").toString(), "--column", "ces", "--kind", "CES7");
		assertThat(run.exit()).as(run.err()).isZero();
		assertThat(run.out().lines()).containsExactly("RESULT ces_mean 4.700 n=10 ci95=3.482..5.918",
				"RESULT ces_agree 60.00 n=10 ci95=31.27..83.18");
	}

	@Test
	void stopsAtANonNumericValueNamingItsRow() {
		Run run = run("--csv", FIXTURES.resolve("nps-not-a-number.csv").toString(), "--column", "nps", "--kind", "nps");
		assertThat(run.exit()).isEqualTo(2);
		assertThat(run.out()).doesNotContain("RESULT");
		assertThat(run.err()).contains("Row 4 ", "\"sembilan\"", "0 to 10");
	}

	@Test
	void stopsAtAValueOutsideTheScale() throws Exception {
		Path file = Files.writeString(dir.resolve("csat.csv"), "csat\n5\n4\n6\n");
		Run run = run("--csv", file.toString(), "--column", "csat", "--kind", "csat5");
		assertThat(run.exit()).isEqualTo(2);
		assertThat(run.out()).isEmpty();
		assertThat(run.err()).contains("Row 4 ", "\"6\"", "1 to 5");
	}

	@Test
	void listsTheColumnsOfAFileWithoutTheNamedOne() {
		Run run = run("--csv", FIXTURES.resolve("csat5.csv").toString(), "--column", "score", "--kind", "csat5");
		assertThat(run.exit()).isEqualTo(2);
		assertThat(run.out()).isEmpty();
		assertThat(run.err()).contains("No column \"score\"", "branch, csat");
	}

	@Test
	void saysWhenTheFileIsMissing() {
		Run run = run("--csv", dir.resolve("none.csv").toString(), "--column", "nps", "--kind", "nps");
		assertThat(run.exit()).isEqualTo(2);
		assertThat(run.err()).contains("No such file", "none.csv");
	}

	@Test
	void saysNoAnswersForAnEmptyColumn() throws Exception {
		Path file = Files.writeString(dir.resolve("empty.csv"), "\uFEFFnps,comment\n,a\n,b\n");
		Run run = run("--csv", file.toString(), "--column", "nps", "--kind", "nps");
		assertThat(run.exit()).as(run.err()).isZero();
		assertThat(run.out()).isEqualTo("RESULT nps no-answers n=0" + System.lineSeparator());
		assertThat(run.err()).contains("Skipped 2 empty cells");
	}
}
