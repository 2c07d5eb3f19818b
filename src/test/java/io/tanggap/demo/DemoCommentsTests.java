package io.tanggap.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.tanggap.textanalytics.Taxonomy;
import io.tanggap.textanalytics.Theme;

/** The demo's comments: about every shipped theme, in both languages, and fitting their scores. */
class DemoCommentsTests {

	@Test
	void speakAboutEveryThemeInBothLanguagesWithPraiseAndComplaints() {
		List<DemoComments.Comment> all = DemoComments.all();
		for (Theme theme : Taxonomy.standard().themes()) {
			assertThat(all).as(theme.key()).anySatisfy(c -> {
				assertThat(c.themes()).contains(theme.key());
				assertThat(c.tone()).isEqualTo("positive");
			});
			assertThat(all).as(theme.key()).anySatisfy(c -> {
				assertThat(c.themes()).contains(theme.key());
				assertThat(c.tone()).isEqualTo("negative");
			});
		}
		assertThat(all).extracting(DemoComments.Comment::language).contains("id", "en");
		assertThat(all).extracting(DemoComments.Comment::tone).containsOnly("positive", "neutral", "negative");
		assertThat(all).extracting(DemoComments.Comment::text).doesNotHaveDuplicates();
	}

	@Test
	void fitTheirScoresAndMostlyTheWeakPointsOfAComplaint() {
		Random random = new Random(7);
		Map<String, Long> happy = tones(random, 5, List.of());
		Map<String, Long> unhappy = tones(random, 1, List.of());
		assertThat(happy.getOrDefault("positive", 0L)).isGreaterThan(750);
		assertThat(happy).doesNotContainKey("negative");
		assertThat(unhappy.getOrDefault("negative", 0L)).isGreaterThan(800);
		assertThat(unhappy).doesNotContainKey("positive");
		long aboutSpeed = java.util.stream.IntStream.range(0, 1000).mapToObj(i -> DemoComments.about(random, 1, List.of("speed")))
			.filter(c -> c.themes().contains("waiting_time")).count();
		assertThat(aboutSpeed).isGreaterThan(600);
	}

	private static Map<String, Long> tones(Random random, int score, List<String> weak) {
		return java.util.stream.IntStream.range(0, 1000).mapToObj(i -> DemoComments.about(random, score, weak))
			.collect(Collectors.groupingBy(DemoComments.Comment::tone, Collectors.counting()));
	}
}
