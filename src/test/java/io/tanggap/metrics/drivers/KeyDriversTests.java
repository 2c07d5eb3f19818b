package io.tanggap.metrics.drivers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The analysis against R on mtcars (see src/test/resources/drivers/mtcars-expected.R), against
 * closed forms on small cases, and its refusals and warnings.
 */
class KeyDriversTests {

	private static final List<String> MTCARS_DRIVERS = List.of("cyl", "disp", "hp", "wt");

	@Test
	void agreesWithRonMtcars() throws IOException {
		KeyDriverAnalysis analysis = KeyDrivers.analyse(mtcars(), 200, 7);
		List<String[]> expected = resource("mtcars-expected.csv").lines().skip(1).map(line -> line.split(",")).toList();
		for (int j = 0; j < MTCARS_DRIVERS.size(); j++) {
			DriverImportance driver = analysis.drivers().get(j);
			assertThat(driver.name()).isEqualTo(expected.get(j)[0]);
			assertThat(driver.lmg()).as(driver.name() + " lmg").isCloseTo(Double.parseDouble(expected.get(j)[1]), within(1e-6));
			assertThat(driver.relativeWeight()).as(driver.name() + " rw")
				.isCloseTo(Double.parseDouble(expected.get(j)[2]), within(1e-6));
		}
		assertThat(expected.get(4)[0]).isEqualTo("r2");
		assertThat(analysis.rSquared()).isCloseTo(Double.parseDouble(expected.get(4)[1]), within(1e-6));
	}

	@Test
	void sharesOfBothMethodsSumToRSquared() throws IOException {
		KeyDriverAnalysis analysis = KeyDrivers.analyse(mtcars(), 50, 1);
		assertThat(analysis.drivers().stream().mapToDouble(DriverImportance::lmg).sum())
			.isCloseTo(analysis.rSquared(), within(1e-12));
		assertThat(analysis.drivers().stream().mapToDouble(DriverImportance::relativeWeight).sum())
			.isCloseTo(analysis.rSquared(), within(1e-12));
		assertThat(analysis.rSquared()).isBetween(0.8, 0.9);
	}

	@Test
	void matchesTheClosedFormsForTwoDrivers() {
		double[] x1 = { 1, 2, 3, 4, 5, 6, 7 };
		double[] x2 = { 2, 1, 4, 3, 7, 5, 6 };
		double[] y = { 1, 3, 2, 5, 4, 7, 5 };
		double r1 = pearson(x1, y);
		double r2 = pearson(x2, y);
		double c = pearson(x1, x2);
		double rSquared = (r1 * r1 + r2 * r2 - 2 * r1 * r2 * c) / (1 - c * c);
		double lmg1 = (r1 * r1 + (rSquared - r2 * r2)) / 2;
		double lmg2 = (r2 * r2 + (rSquared - r1 * r1)) / 2;
		// R = V diag(1 + c, 1 - c) V' with V = [[1, 1], [1, -1]] / √2, so Λ = [[a, b], [b, a]]
		double a = (Math.sqrt(1 + c) + Math.sqrt(1 - c)) / 2;
		double b = (Math.sqrt(1 + c) - Math.sqrt(1 - c)) / 2;
		double beta1 = (a * r1 - b * r2) / (a * a - b * b);
		double beta2 = (a * r2 - b * r1) / (a * a - b * b);
		double rw1 = a * a * beta1 * beta1 + b * b * beta2 * beta2;
		double rw2 = b * b * beta1 * beta1 + a * a * beta2 * beta2;

		KeyDriverAnalysis analysis = KeyDrivers.analyse(ratings(y, x1, x2), 20, 1);

		assertThat(analysis.rSquared()).isCloseTo(rSquared, within(1e-12));
		assertThat(analysis.drivers().get(0).lmg()).isCloseTo(lmg1, within(1e-12));
		assertThat(analysis.drivers().get(1).lmg()).isCloseTo(lmg2, within(1e-12));
		assertThat(analysis.drivers().get(0).relativeWeight()).isCloseTo(rw1, within(1e-12));
		assertThat(analysis.drivers().get(1).relativeWeight()).isCloseTo(rw2, within(1e-12));
		assertThat(c).as("the drivers are correlated").isGreaterThan(0.5);
	}

	@Test
	void givesSquaredCorrelationsForOrthogonalDrivers() {
		double[] x1 = { 1, -1, 1, -1, 1, -1, 1, -1 };
		double[] x2 = { 1, 1, -1, -1, 1, 1, -1, -1 };
		double[] x3 = { 1, 1, 1, 1, -1, -1, -1, -1 };
		double[] y = { 9, 4, 7, 3, 5, 2, 4, 1 };
		KeyDriverAnalysis analysis = KeyDrivers.analyse(ratings(y, x1, x2, x3), 20, 1);
		double[][] drivers = { x1, x2, x3 };
		for (int j = 0; j < 3; j++) {
			double squared = Math.pow(pearson(drivers[j], y), 2);
			assertThat(squared).isGreaterThan(0.01);
			assertThat(analysis.drivers().get(j).lmg()).isCloseTo(squared, within(1e-12));
			assertThat(analysis.drivers().get(j).relativeWeight()).isCloseTo(squared, within(1e-12));
		}
	}

	@Test
	void refusesADriverWithoutVariance() {
		double[] y = { 1, 2, 3, 4, 5 };
		double[] x1 = { 2, 1, 4, 3, 5 };
		double[] flat = { 0.1, 0.1, 0.1, 0.1, 0.1 };
		assertThatThrownBy(() -> KeyDrivers.analyse(ratings(y, x1, flat), 10, 1)).isInstanceOf(NotAnalysable.class)
			.hasMessageContaining("x2").hasMessageContaining("same value in every row");
	}

	@Test
	void refusesMoreThanFifteenDriversButAnalysesTwelve() {
		Random random = new Random(3);
		assertThatThrownBy(() -> KeyDrivers.analyse(randomRatings(random, 300, 16), 10, 1))
			.isInstanceOf(NotAnalysable.class).hasMessageContaining("16").hasMessageContaining("at most 15");
		KeyDriverAnalysis twelve = KeyDrivers.analyse(randomRatings(random, 300, 12), 20, 1);
		assertThat(twelve.drivers()).hasSize(12);
		assertThat(twelve.drivers().stream().mapToDouble(DriverImportance::lmg).sum())
			.isCloseTo(twelve.rSquared(), within(1e-10));
		assertThat(twelve.warnings()).isEmpty();
	}

	@Test
	void warnsOfNearlyCollinearDriversNamingThem() {
		Random random = new Random(5);
		int n = 200;
		double[] y = new double[n];
		double[] x1 = new double[n];
		double[] x2 = new double[n];
		double[] x3 = new double[n];
		double[] x4 = new double[n];
		for (int i = 0; i < n; i++) {
			x1[i] = random.nextGaussian();
			x2[i] = random.nextGaussian();
			x3[i] = x1[i] + x2[i] + 0.01 * random.nextGaussian();
			x4[i] = random.nextGaussian();
			y[i] = x1[i] + x4[i] + random.nextGaussian();
		}
		KeyDriverAnalysis analysis = KeyDrivers.analyse(ratings(y, x1, x2, x3, x4), 20, 1);
		assertThat(analysis.warnings()).anySatisfy(w -> assertThat(w).contains("condition number"));
		assertThat(analysis.warnings()).anySatisfy(w -> assertThat(w).startsWith("x3 is nearly a combination"));
		assertThat(analysis.warnings()).noneSatisfy(w -> assertThat(w).startsWith("x4"));
	}

	@Test
	void stillSharesRSquaredWhenADriverIsExactlyACombinationOfOthers() {
		double[] x1 = { 1, 2, 3, 4, 5, 6, 7, 8 };
		double[] x2 = { 2, 1, 4, 3, 6, 5, 8, 9 };
		double[] x3 = new double[8];
		for (int i = 0; i < 8; i++) {
			x3[i] = x1[i] + 2 * x2[i];
		}
		double[] y = { 1, 3, 2, 5, 4, 7, 5, 8 };
		KeyDriverAnalysis collinear = KeyDrivers.analyse(ratings(y, x1, x2, x3), 20, 1);
		KeyDriverAnalysis withoutX3 = KeyDrivers.analyse(ratings(y, x1, x2), 20, 1);
		assertThat(collinear.rSquared()).isCloseTo(withoutX3.rSquared(), within(1e-9));
		assertThat(collinear.drivers().stream().mapToDouble(DriverImportance::lmg).sum())
			.isCloseTo(collinear.rSquared(), within(1e-9));
		assertThat(collinear.drivers().stream().mapToDouble(DriverImportance::relativeWeight).sum())
			.isCloseTo(collinear.rSquared(), within(1e-9));
		assertThat(collinear.warnings()).anySatisfy(w -> assertThat(w).startsWith("x3 is nearly a combination"));
	}

	@Test
	void warnsOfFewRowsSayingWhichRule() throws IOException {
		List<String> warnings = KeyDrivers.analyse(mtcars(), 20, 1).warnings();
		assertThat(warnings).containsExactly("Few rows for 4 drivers: 32, fewer than 10 per driver (40).",
				"Few rows: 32, fewer than 50.");
	}

	@Test
	void bootstrapIsRepeatableWithASeedAndItsIntervalsHoldTheEstimates() throws IOException {
		KeyDriverAnalysis first = KeyDrivers.analyse(mtcars(), 1000, 42);
		KeyDriverAnalysis again = KeyDrivers.analyse(mtcars(), 1000, 42);
		KeyDriverAnalysis otherSeed = KeyDrivers.analyse(mtcars(), 1000, 43);
		assertThat(again).usingRecursiveComparison().isEqualTo(first);
		assertThat(otherSeed.drivers().get(0).lmgInterval()).isNotEqualTo(first.drivers().get(0).lmgInterval());
		assertThat(first.resamples()).isEqualTo(1000);
		assertThat(first.rSquaredInterval().contains(first.rSquared())).isTrue();
		for (DriverImportance driver : first.drivers()) {
			assertThat(driver.lmgInterval().contains(driver.lmg())).as(driver.name() + " lmg").isTrue();
			assertThat(driver.relativeWeightInterval().contains(driver.relativeWeight())).as(driver.name() + " rw").isTrue();
			assertThat(driver.lmgInterval().upper() - driver.lmgInterval().lower()).isPositive();
		}
	}

	@Test
	void refusesRowsWithMissingValues() {
		assertThatThrownBy(() -> new DriverRatings("y", List.of("a"), new double[] { 1, 2 },
				new double[][] { { 1 }, { Double.NaN } })).isInstanceOf(NotAnalysable.class).hasMessage("Row 2: a is missing or not a number.");
	}

	static DriverRatings mtcars() throws IOException {
		return RatingsCsv.read(resource("mtcars.csv")).ratings("mpg", Optional.of(MTCARS_DRIVERS));
	}

	static String resource(String name) throws IOException {
		try (InputStream in = KeyDriversTests.class.getResourceAsStream("/drivers/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static DriverRatings ratings(double[] y, double[]... columns) {
		double[][] rows = new double[y.length][columns.length];
		List<String> names = new ArrayList<>();
		for (int j = 0; j < columns.length; j++) {
			names.add("x" + (j + 1));
			for (int i = 0; i < y.length; i++) {
				rows[i][j] = columns[j][i];
			}
		}
		return new DriverRatings("y", names, y, rows);
	}

	private static DriverRatings randomRatings(Random random, int n, int k) {
		double[] y = new double[n];
		double[][] columns = new double[k][n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < k; j++) {
				columns[j][i] = random.nextGaussian();
				y[i] += columns[j][i] * (j + 1) / k;
			}
			y[i] += random.nextGaussian();
		}
		return ratings(y, columns);
	}

	/** Pearson's correlation straight from its definition, independent of the code under test. */
	private static double pearson(double[] a, double[] b) {
		double meanA = Arrays.stream(a).average().orElseThrow();
		double meanB = Arrays.stream(b).average().orElseThrow();
		double ab = 0;
		double aa = 0;
		double bb = 0;
		for (int i = 0; i < a.length; i++) {
			ab += (a[i] - meanA) * (b[i] - meanB);
			aa += (a[i] - meanA) * (a[i] - meanA);
			bb += (b[i] - meanB) * (b[i] - meanB);
		}
		return ab / Math.sqrt(aa * bb);
	}
}
