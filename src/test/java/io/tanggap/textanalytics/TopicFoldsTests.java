package io.tanggap.textanalytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The folds of the topic-held-out check keep each topic's texts together. */
class TopicFoldsTests {

	private static final List<List<String>> TOPICS = List.of(
			List.of("sinyal", "kuota", "internet", "operator", "jaringan", "pulsa", "paket", "data"),
			List.of("nasi", "sambal", "ayam", "goreng", "kuah", "bakso", "sate", "bumbu"),
			List.of("partai", "pilkada", "gubernur", "calon", "koalisi", "pemilu", "suara", "kampanye"));

	private static final List<String> COMMON_WORDS = List.of("yang", "di", "ini", "dan");
	private static final Set<String> COMMON = Set.copyOf(COMMON_WORDS);

	@Test
	void putsTheTextsOfOneTopicInOneFoldAndEachTopicInItsOwn() {
		List<Tokens> texts = new ArrayList<>();
		List<Integer> topicOf = new ArrayList<>();
		Random random = new Random(3);
		for (int i = 0; i < 90; i++) {
			int topic = i % 3;
			Tokens tokens = new Tokens();
			for (int w = 0; w < 6; w++) {
				tokens.add(TOPICS.get(topic).get(random.nextInt(8)));
				tokens.add(COMMON_WORDS.get(random.nextInt(COMMON_WORDS.size())));
			}
			texts.add(tokens);
			topicOf.add(topic);
		}
		int[] fold = TopicFolds.of(texts, COMMON, 3, 3, 20201);
		for (int topic = 0; topic < 3; topic++) {
			int t = topic;
			assertThat(IntStream.range(0, 90).filter(i -> topicOf.get(i) == t).map(i -> fold[i]).distinct().count())
				.as("folds of topic %d", topic).isEqualTo(1);
		}
		assertThat(IntStream.of(fold).distinct().sorted().toArray()).containsExactly(0, 1, 2);
		assertThat(TopicFolds.of(texts, COMMON, 3, 3, 20201)).as("the same texts and seed").isEqualTo(fold);
	}

	@Test
	void givesEveryTextAFoldEvenWithoutTopicWords() {
		List<Tokens> texts = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			Tokens tokens = new Tokens();
			tokens.add(i % 2 == 0 ? "yang" : "ok" + i);
			texts.add(tokens);
		}
		int[] fold = TopicFolds.of(texts, COMMON, 5, 5, 7);
		assertThat(fold).hasSize(12);
		assertThat(IntStream.of(fold).boxed().toList()).allSatisfy(f -> assertThat(f).isBetween(0, 4));
	}
}
