package io.tanggap.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

class HistogramTests {

	@Test
	void countsEachScore() {
		Histogram answers = Histogram.ofScores(Scale.ONE_TO_FIVE, 5, 4, 4, 1);
		assertThat(answers.n()).isEqualTo(4);
		assertThat(answers.count(4)).isEqualTo(2);
		assertThat(answers.count(3)).isZero();
		assertThat(answers.count(Set.of(4, 5))).isEqualTo(3);
		assertThat(answers.plus(3).count(3)).isEqualTo(1);
		assertThat(answers.n()).as("immutable").isEqualTo(4);
	}

	@Test
	void addsUpToTheHistogramOfAllScores() {
		Histogram monday = Histogram.ofScores(Scale.ZERO_TO_TEN, 10, 9, 0);
		Histogram tuesday = Histogram.ofScores(Scale.ZERO_TO_TEN, 7, 9);
		assertThat(monday.plus(tuesday)).isEqualTo(Histogram.ofScores(Scale.ZERO_TO_TEN, 10, 9, 0, 7, 9));
		assertThat(monday.plus(tuesday))
			.isEqualTo(Histogram.ofCounts(Scale.ZERO_TO_TEN, 1, 0, 0, 0, 0, 0, 0, 1, 0, 2, 1));
	}

	@Test
	void rejectsScoresOutsideItsScale() {
		assertThatThrownBy(() -> Histogram.ofScores(Scale.ONE_TO_FIVE, 6)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("6").hasMessageContaining("1..5");
		assertThatThrownBy(() -> Histogram.empty(Scale.ZERO_TO_TEN).plus(-1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Histogram.ofCounts(Scale.YES_NO, 1, 2, 3)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void rejectsAddingAnotherScale() {
		assertThatThrownBy(() -> Histogram.empty(Scale.ONE_TO_FIVE).plus(Histogram.empty(Scale.ONE_TO_SEVEN)))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
