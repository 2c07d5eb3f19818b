package io.tanggap.textanalytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** text-eval, text-analyze and text-train: their output and exit codes. */
class TextCommandsTests {

	@TempDir
	Path dir;

	private record Run(int exit, String out, String err) {
	}

	private static Run run(Callable<Integer> command, String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exit = new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true).setOut(new PrintWriter(out))
			.setErr(new PrintWriter(err)).execute(args);
		return new Run(exit, out.toString(), err.toString());
	}

	@Test
	void evaluatesALabelledFileAndEndsWithMacroF1() throws Exception {
		Path file = Files.writeString(dir.resolve("id.tsv"),
				"makanannya enak sekali\tpositive\npelayanan sangat buruk dan mengecewakan\tnegative\nsangat memuaskan\tnegative\n");
		Run run = run(new TextEvalCommand(), "--lang", "id", file.toString());
		assertThat(run.exit()).as(run.err()).isZero();
		// positive: P 1/2, R 1, F1 2/3; negative: P 1, R 1/2, F1 2/3; macro 0.6667
		assertThat(run.out()).contains("positive    0.5000     1.0000  0.6667  1", "negative    1.0000     0.5000  0.6667  2",
				"negative    1 0 1");
		List<String> lines = run.out().lines().toList();
		assertThat(lines.get(lines.size() - 1)).isEqualTo("RESULT macro_f1 0.6667");
	}

	@Test
	void evaluatesEnglishCsvLikeNusaX() throws Exception {
		Path file = Files.writeString(dir.resolve("en.csv"), "id,text,label\n1,\"Great food, friendly staff\",positive\n2,Terrible and rude,negative\n");
		Run run = run(new TextEvalCommand(), "--lang", "en", file.toString());
		assertThat(run.out()).endsWith("RESULT macro_f1 1.0000" + System.lineSeparator());
	}

	@Test
	void detectsEachTextsLanguageWhenToldAuto() throws Exception {
		Path file = Files.writeString(dir.resolve("mixed.tsv"), "makanannya enak sekali\tpositive\nThe staff were rude and unhelpful\tnegative\n");
		Run run = run(new TextEvalCommand(), "--lang", "auto", file.toString());
		assertThat(run.out()).endsWith("RESULT macro_f1 1.0000" + System.lineSeparator());
	}

	@Test
	void rejectsAMissingEmptyOrMislabelledFileWithExitCodeTwo() throws Exception {
		Run missing = run(new TextEvalCommand(), "--lang", "id", dir.resolve("nope.tsv").toString());
		assertThat(missing.exit()).isEqualTo(2);
		assertThat(missing.err()).contains("No such file");
		Run empty = run(new TextEvalCommand(), "--lang", "id", Files.writeString(dir.resolve("e.tsv"), "").toString());
		assertThat(empty.exit()).isEqualTo(2);
		assertThat(empty.err()).contains("is empty");
		Run bad = run(new TextEvalCommand(), "--lang", "id", Files.writeString(dir.resolve("b.tsv"), "a\tpositive\nb\tgood\n").toString());
		assertThat(bad.exit()).isEqualTo(2);
		assertThat(bad.err()).contains("Line 2", "\"good\"");
		assertThat(bad.out()).doesNotContain("RESULT");
		assertThat(run(new TextEvalCommand(), "--lang", "fr", "x").exit()).isEqualTo(2);
	}

	@Test
	void writesOneJsonObjectPerLineOfInput() {
		byte[] input = ("makanannya enak tapi pelayannya jutek dan lama banget\n\nThe coffee was great\n\u00ff\u00fe")
			.getBytes(StandardCharsets.UTF_8);
		byte[] withInvalidBytes = new byte[input.length + 2];
		System.arraycopy(input, 0, withInvalidBytes, 0, input.length);
		withInvalidBytes[input.length] = (byte) 0xC3; // a truncated UTF-8 sequence
		withInvalidBytes[input.length + 1] = (byte) 0x0A;
		Run run = run(new TextAnalyzeCommand().readingFrom(new ByteArrayInputStream(withInvalidBytes)));
		assertThat(run.exit()).isZero();
		List<JsonNode> lines = run.out().lines().map(JsonMapper.shared()::readTree).toList();
		assertThat(lines).hasSize(4);
		JsonNode first = lines.get(0);
		assertThat(first.get("language").asString()).isEqualTo("id");
		assertThat(first.get("sentiment").asString()).isEqualTo("negative");
		assertThat(first.get("confidence").asDouble()).isBetween(0.0, 1.0);
		assertThat(first.get("truncated").asBoolean()).isFalse();
		assertThat(first.get("themes").toString()).isEqualTo("[{\"theme\":\"product_quality\",\"sentiment\":\"positive\"},"
				+ "{\"theme\":\"staff\",\"sentiment\":\"negative\"},{\"theme\":\"waiting_time\",\"sentiment\":\"negative\"}]");
		assertThat(lines.get(1).get("language").asString()).isEqualTo("other");
		assertThat(lines.get(2).get("language").asString()).isEqualTo("en");
		assertThat(run.out().lines().findFirst().orElseThrow()).startsWith("{\"language\":\"id\",\"sentiment\":\"negative\",\"confidence\":");
	}

	@Test
	void readsTheLanguageItIsTold() {
		Run run = run(new TextAnalyzeCommand().readingFrom(new ByteArrayInputStream("ok".getBytes(StandardCharsets.UTF_8))), "--lang", "en");
		assertThat(run.out()).startsWith("{\"language\":\"en\"");
	}

	@Test
	void trainsTheSameModelTwiceFromTheSameDataAndSeed() throws Exception {
		Path data = TrainingFixture.write(dir.resolve("data"));
		Run first = run(new TextTrainCommand(), "--data", data.toString(), "--out", dir.resolve("a").toString(), "--seed", "7");
		Run second = run(new TextTrainCommand(), "--data", data.toString(), "--out", dir.resolve("b").toString(), "--seed", "7");
		assertThat(first.exit()).as(first.err()).isZero();
		assertThat(first.out()).contains("RESULT smsa_cv5_macro_f1 ", "RESULT smsa_topics5_cv5_macro_f1 ",
				"RESULT smsa_topics10_cv5_words_only_macro_f1 ", "RESULT smsa_valid_macro_f1 ", "RESULT nusax_en_valid_macro_f1 ",
				"RESULT aspect_reviews_train_polar_f1 ", "RESULT aspect_reviews_valid_polar_f1 ", "RESULT hoasa_valid_cleanliness detection_precision=", "RESULT casa_valid_price detection_precision=");
		assertThat(second.out()).isEqualTo(first.out());
		for (String file : List.of(TextAnalyzer.MODEL_FILE, LexiconSentiment.FILE, "vader-lexicon.tsv", "emoji-valence.tsv")) {
			assertThat(Files.readAllBytes(dir.resolve("b").resolve(file))).as(file).isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(file)));
		}
		LinearModel model = LinearModel.read(Files.newInputStream(dir.resolve("a").resolve(TextAnalyzer.MODEL_FILE)));
		assertThat(model.dimensions()).isEqualTo(SentimentFeatures.DIMENSIONS);
	}

	@Test
	void refusesToTrainWithoutData() {
		Run run = run(new TextTrainCommand(), "--data", dir.resolve("nothing").toString(), "--out", dir.resolve("out").toString());
		assertThat(run.exit()).isEqualTo(2);
		assertThat(run.err()).contains("No data sets in");
	}
}
