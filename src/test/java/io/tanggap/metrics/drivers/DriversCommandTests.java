package io.tanggap.metrics.drivers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** The {@code drivers} command on CSV files, parsed as on the jar's command line. */
class DriversCommandTests {

	@TempDir
	Path dir;

	@Test
	void printsSharesRSquaredAndIntervalsOfAllOtherNumericColumns() throws IOException {
		Path csv = Files.writeString(dir.resolve("mtcars.csv"), KeyDriversTests.resource("mtcars.csv"));
		Run run = run("--csv", csv.toString(), "--outcome", "mpg", "--resamples", "200");
		assertThat(run.exit()).as(run.err()).isZero();
		assertThat(run.out()).startsWith("""
				RESULT cyl lmg=0.2157 rw=0.2097
				RESULT disp lmg=0.2007 rw=0.1883
				RESULT hp lmg=0.1701 rw=0.1800
				RESULT wt lmg=0.2622 rw=0.2707
				RESULT r2 0.8486
				""").containsPattern("INTERVAL wt lmg=\\[0\\.\\d{4}, 0\\.\\d{4}\\] rw=\\[0\\.\\d{4}, 0\\.\\d{4}\\]");
		assertThat(run.err()).contains("Warning: Few rows: 32, fewer than 50.");
	}

	@Test
	void analysesOnlyTheDriversAsked() throws IOException {
		Path csv = Files.writeString(dir.resolve("mtcars.csv"), KeyDriversTests.resource("mtcars.csv"));
		Run run = run("--csv", csv.toString(), "--outcome", "mpg", "--drivers", "wt,hp", "--resamples", "20");
		assertThat(run.exit()).as(run.err()).isZero();
		assertThat(run.out()).contains("RESULT wt lmg=", "RESULT hp lmg=").doesNotContain("RESULT cyl");
	}

	@Test
	void rejectsANonNumericValueNamingItsRow() throws IOException {
		Path csv = Files.writeString(dir.resolve("bad.csv"), """
				overall,speed,price,note
				9,8,7,ok
				7,6,x,fine
				8,8,,
				6,5,6,meh
				""");
		Run run = run("--csv", csv.toString(), "--outcome", "overall", "--drivers", "speed,price");
		assertThat(run.exit()).isEqualTo(2);
		assertThat(run.err()).contains("Row 3, column price: \"x\" is not a number.", "Row 4, column price: missing value.");
		assertThat(run.out()).doesNotContain("RESULT");
	}

	@Test
	void rejectsAnUnknownColumnListingTheColumns() throws IOException {
		Path csv = Files.writeString(dir.resolve("mtcars.csv"), KeyDriversTests.resource("mtcars.csv"));
		Run run = run("--csv", csv.toString(), "--outcome", "mpg", "--drivers", "wt,weight");
		assertThat(run.exit()).isEqualTo(2);
		assertThat(run.err()).contains("No column weight; the columns are: mpg, cyl, disp, hp, wt.");
		assertThat(run.out()).doesNotContain("RESULT");
	}

	@Test
	void rejectsADriverWithoutVariance() throws IOException {
		Path csv = Files.writeString(dir.resolve("flat.csv"), "y;a;b\n1;2;5\n2;1;5\n3;4;5\n4;3;5\n5;5;5\n");
		Run run = run("--csv", csv.toString(), "--outcome", "y");
		assertThat(run.exit()).isEqualTo(2);
		assertThat(run.err()).contains("The driver b has the same value in every row");
	}

	private Run run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exit = new CommandLine(new DriversCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
			.execute(args);
		return new Run(exit, out.toString(), err.toString());
	}

	private record Run(int exit, String out, String err) {
	}
}
