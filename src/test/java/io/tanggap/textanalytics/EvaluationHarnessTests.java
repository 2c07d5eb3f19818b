package io.tanggap.textanalytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The figures text-eval and text-train print, on fixtures whose figures are worked out by hand. */
class EvaluationHarnessTests {

	@TempDir
	Path dir;

	/**
	 * truth → predicted: 3 positive (2 right, 1 neutral), 2 neutral (1 right, 1 negative), 3 negative
	 * (2 right, 1 positive). Positive: P 2/3, R 2/3; neutral: P 1/2, R 1/2; negative: P 2/3, R 2/3.
	 */
	private static Confusion handWorked() {
		Confusion confusion = new Confusion();
		confusion.add(Sentiment.POSITIVE, Sentiment.POSITIVE);
		confusion.add(Sentiment.POSITIVE, Sentiment.POSITIVE);
		confusion.add(Sentiment.POSITIVE, Sentiment.NEUTRAL);
		confusion.add(Sentiment.NEUTRAL, Sentiment.NEUTRAL);
		confusion.add(Sentiment.NEUTRAL, Sentiment.NEGATIVE);
		confusion.add(Sentiment.NEGATIVE, Sentiment.NEGATIVE);
		confusion.add(Sentiment.NEGATIVE, Sentiment.NEGATIVE);
		confusion.add(Sentiment.NEGATIVE, Sentiment.POSITIVE);
		return confusion;
	}

	@Test
	void computesPrecisionRecallAndF1PerSentiment() {
		Confusion confusion = handWorked();
		assertThat(confusion.precision(Sentiment.POSITIVE)).isCloseTo(2 / 3.0, within(1e-12));
		assertThat(confusion.recall(Sentiment.POSITIVE)).isCloseTo(2 / 3.0, within(1e-12));
		assertThat(confusion.precision(Sentiment.NEUTRAL)).isCloseTo(0.5, within(1e-12));
		assertThat(confusion.f1(Sentiment.NEGATIVE)).isCloseTo(2 / 3.0, within(1e-12));
		assertThat(confusion.macroF1()).isCloseTo((2 / 3.0 + 0.5 + 2 / 3.0) / 3, within(1e-12));
		assertThat(confusion.accuracy()).isCloseTo(5 / 8.0, within(1e-12));
	}

	@Test
	void countsASentimentNeverPredictedAsZero() {
		Confusion confusion = new Confusion();
		confusion.add(Sentiment.POSITIVE, Sentiment.POSITIVE);
		confusion.add(Sentiment.NEUTRAL, Sentiment.POSITIVE);
		assertThat(confusion.precision(Sentiment.NEUTRAL)).isZero();
		assertThat(confusion.f1(Sentiment.POSITIVE)).isCloseTo(2 * 0.5 / 1.5, within(1e-12));
		assertThat(confusion.macroF1()).as("negative neither occurs nor is predicted").isCloseTo((2 / 3.0) / 2, within(1e-12));
	}

	@Test
	void printsTheMatrixWithTruthInRows() {
		StringWriter text = new StringWriter();
		handWorked().print(new PrintWriter(text, true));
		assertThat(text.toString()).contains("positive    0.6667     0.6667  0.6667  3", "neutral     0.5000     0.5000  0.5000  2",
				"positive    2 1 0", "neutral     0 1 1", "negative    1 0 2");
	}

	@Test
	void readsTabbedAndCsvFiles() throws Exception {
		Path tabbed = Files.writeString(dir.resolve("a.tsv"), "enak sekali\tpositive\n\ntidak enak\tNegative\n");
		assertThat(Corpus.read(tabbed)).containsExactly(new LabelledText("enak sekali", Sentiment.POSITIVE),
				new LabelledText("tidak enak", Sentiment.NEGATIVE));
		Path csv = Files.writeString(dir.resolve("a.csv"), "id,text,label\n1,\"Good, really\",positive\n2,meh,neutral\n");
		assertThat(Corpus.read(csv)).containsExactly(new LabelledText("Good, really", Sentiment.POSITIVE),
				new LabelledText("meh", Sentiment.NEUTRAL));
	}

	@Test
	void namesTheLineOfABadLabel() throws Exception {
		Path file = Files.writeString(dir.resolve("bad.tsv"), "enak\tpositive\nlumayan\tpositif\n");
		assertThatThrownBy(() -> Corpus.read(file)).isInstanceOf(Corpus.Unreadable.class)
			.hasMessageContaining("Line 2").hasMessageContaining("\"positif\" is not a label");
		assertThatThrownBy(() -> Corpus.read(dir.resolve("none.tsv"))).hasMessageContaining("No such file");
		Path empty = Files.writeString(dir.resolve("empty.tsv"), "");
		assertThatThrownBy(() -> Corpus.read(empty)).hasMessageContaining("is empty");
	}

	@Test
	void labelsAReviewByItsAspectsWhenTheyAgree() throws Exception {
		Path hoasa = Files.writeString(dir.resolve("hoasa.csv"), """
				review,ac,general,kebersihan,service
				kamar kotor dan ac mati,neg,neut,neg,neut
				bersih dan ramah,neut,pos,pos,pos
				bersih tapi ac mati,neg,neut,pos,neut
				ac dingin tapi berisik,neg_pos,neut,neut,neut
				menginap dua malam,neut,neut,neut,neut
				""");
		assertThat(AspectDocuments.read(hoasa)).containsExactly(new LabelledText("kamar kotor dan ac mati", Sentiment.NEGATIVE),
				new LabelledText("bersih dan ramah", Sentiment.POSITIVE));
		Path casa = Files.writeString(dir.resolve("casa.csv"), "sentence,fuel,price\nirit dan murah,positive,positive\nboros,negative,neutral\n");
		assertThat(AspectDocuments.read(casa)).extracting(LabelledText::sentiment).containsExactly(Sentiment.POSITIVE, Sentiment.NEGATIVE);
	}

	@Test
	void measuresPolarReviewsByTheF1OfPositiveAndNegative() {
		Confusion confusion = new Confusion();
		confusion.add(Sentiment.POSITIVE, Sentiment.POSITIVE);
		confusion.add(Sentiment.NEGATIVE, Sentiment.NEGATIVE);
		confusion.add(Sentiment.NEGATIVE, Sentiment.NEUTRAL);
		// positive: P 1, R 1, F1 1; negative: P 1, R 1/2, F1 2/3; a neutral reading is only a miss
		assertThat(AspectDocuments.polarF1(confusion)).isCloseTo((1 + 2 / 3.0) / 2, within(1e-12));
	}

	@Test
	void measuresTheAnalyzerOnAFile() throws Exception {
		List<LabelledText> texts = List.of(new LabelledText("makanannya enak sekali", Sentiment.POSITIVE),
				new LabelledText("pelayanan sangat buruk dan mengecewakan", Sentiment.NEGATIVE),
				new LabelledText("sangat memuaskan", Sentiment.NEGATIVE));
		Confusion confusion = SentimentEvaluation.evaluate(TextAnalyzer.shipped(), texts, TextLanguage.ID);
		assertThat(confusion.count(Sentiment.POSITIVE, Sentiment.POSITIVE)).isEqualTo(1);
		assertThat(confusion.count(Sentiment.NEGATIVE, Sentiment.NEGATIVE)).isEqualTo(1);
		assertThat(confusion.count(Sentiment.NEGATIVE, Sentiment.POSITIVE)).as("the wrongly labelled text").isEqualTo(1);
	}
}
