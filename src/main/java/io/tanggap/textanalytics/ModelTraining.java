package io.tanggap.textanalytics;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@code text-train} does: derives the English word lists from VADER, trains the Indonesian
 * model on SmSA train with 5-fold cross-validation (which also calibrates its probabilities),
 * cross-validates it again with folds that hold out whole topics, beside a plain word model (the
 * topic check, see {@link TopicFolds}), fits the English calibration on NusaX-en train, writes the resources, and measures the written
 * model on SmSA valid (also rewritten as people type, see {@link ColloquialRewrite}, and read
 * with the language detected), NusaX-en valid, the aspects of HoASA and CASA valid, and whole
 * HoASA and CASA reviews, train and valid, labelled by their aspects (see {@link AspectDocuments}).
 * Every figure is printed as {@code RESULT <figure> <value>}.
 * @param data the folder with the data sets (as in ../shared/data)
 * @param out the folder the resources are written to
 * @param topicCheck whether to run the topic check, which changes none of the files written
 */
record ModelTraining(Path data, Path out, long seed, SentimentTraining settings, boolean crossValidate, boolean topicCheck) {

	static final int FOLDS = 5;
	/**
	 * The numbers of topics the topic-held-out check groups SmSA train into: five, one topic a fold,
	 * and ten, two topics a fold.
	 */
	static final int[] TOPICS = { 5, 10 };

	void run(PrintWriter print) throws IOException, Corpus.Unreadable {
		VaderFiles.write(data.resolve("en-lexicon-vader"), out);
		Lexicon lexicon = Lexicon.load(this::open);
		Normalizer normalizer = new Normalizer(lexicon);
		SentimentFeatures features = new SentimentFeatures(new Cues(lexicon));
		List<LabelledText> train = Corpus.read(data.resolve("id-sentiment-smsa/train.tsv"));
		List<Tokens> tokens = new ArrayList<>();
		List<FeatureVector> x = new ArrayList<>();
		List<Sentiment> y = new ArrayList<>();
		for (LabelledText text : train) {
			tokens.add(normalizer.tokens(text.text()));
			x.add(features.of(tokens.get(tokens.size() - 1)));
			y.add(text.sentiment());
		}
		float temperature = 1f;
		if (crossValidate) {
			double[][] scores = settings.crossValidate(x, y, FOLDS, seed);
			result(print, "smsa_cv5", confusion(scores, y));
			temperature = SentimentTraining.temperature(scores, y);
		}
		if (topicCheck) {
			topicCheck(tokens, x, y, lexicon, print);
		}
		LinearModel model = settings.train(x, y).withTemperature(temperature);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		model.write(bytes);
		Files.write(out.resolve(TextAnalyzer.MODEL_FILE), bytes.toByteArray());
		LexiconSentiment english = fitEnglish(lexicon, normalizer);
		Files.writeString(out.resolve(LexiconSentiment.FILE), english.write(), StandardCharsets.UTF_8);
		print.println(String.format(Locale.ROOT, "RESULT temperature %.3f", temperature));
		print.println(String.format(Locale.ROOT, "RESULT en_threshold %.3f", english.threshold()));
		print.println("RESULT model_bytes " + bytes.size());
		TextAnalyzer analyzer = new TextAnalyzer(lexicon, LinearModel.read(new ByteArrayInputStream(bytes.toByteArray())), english);
		measure(analyzer, lexicon, print);
	}

	private void measure(TextAnalyzer analyzer, Lexicon lexicon, PrintWriter print) throws IOException, Corpus.Unreadable {
		List<LabelledText> valid = Corpus.read(data.resolve("id-sentiment-smsa/valid.tsv"));
		result(print, "smsa_valid", SentimentEvaluation.evaluate(analyzer, valid, TextLanguage.ID));
		ColloquialRewrite rewrite = new ColloquialRewrite(lexicon, seed);
		List<LabelledText> colloquial = valid.stream().map(t -> new LabelledText(rewrite.rewrite(t.text()), t.sentiment())).toList();
		result(print, "smsa_valid_colloquial", SentimentEvaluation.evaluate(analyzer, colloquial, null));
		result(print, "nusax_en_valid", SentimentEvaluation.evaluate(analyzer, Corpus.read(data.resolve("en-sentiment-nusax/valid.csv")), TextLanguage.EN));
		for (String split : List.of("train", "valid")) {
			List<LabelledText> reviews = new ArrayList<>(AspectDocuments.read(data.resolve("id-aspects-hoasa/" + split + ".csv")));
			reviews.addAll(AspectDocuments.read(data.resolve("id-aspects-casa/" + split + ".csv")));
			polar(print, "aspect_reviews_" + split, SentimentEvaluation.evaluate(analyzer, reviews, TextLanguage.ID));
		}
		aspects(print, "hoasa_valid", AspectEvaluation.evaluate(data.resolve("id-aspects-hoasa/valid.csv"), AspectEvaluation.HOASA, analyzer));
		aspects(print, "casa_valid", AspectEvaluation.evaluate(data.resolve("id-aspects-casa/valid.csv"), AspectEvaluation.CASA, analyzer));
	}

	/**
	 * Cross-validation with folds that hold out whole topics ({@link TopicFolds}), of the model and,
	 * for comparison, of a plain word model (words and pairs of words) with random and with topic folds.
	 */
	private void topicCheck(List<Tokens> tokens, List<FeatureVector> x, List<Sentiment> y, Lexicon lexicon, PrintWriter print) {
		List<FeatureVector> words = tokens.stream().map(SentimentFeatures::wordsAndPairs).toList();
		result(print, "smsa_cv5_words_only", confusion(settings.crossValidate(words, y, FOLDS, seed), y));
		for (int topics : TOPICS) {
			int[] topicFolds = TopicFolds.of(tokens, lexicon.idCommon, topics, FOLDS, seed);
			result(print, "smsa_topics" + topics + "_cv5", confusion(settings.crossValidate(x, y, topicFolds, FOLDS), y));
			result(print, "smsa_topics" + topics + "_cv5_words_only", confusion(settings.crossValidate(words, y, topicFolds, FOLDS), y));
		}
	}

	private static Confusion confusion(double[][] scores, List<Sentiment> y) {
		Confusion confusion = new Confusion();
		for (int i = 0; i < scores.length; i++) {
			confusion.add(y.get(i), best(scores[i]));
		}
		return confusion;
	}

	private LexiconSentiment fitEnglish(Lexicon lexicon, Normalizer normalizer) throws Corpus.Unreadable {
		Cues cues = new Cues(lexicon);
		List<LabelledText> train = Corpus.read(data.resolve("en-sentiment-nusax/train.csv"));
		double[] compound = new double[train.size()];
		List<Sentiment> truth = new ArrayList<>();
		float[] sums = new float[2];
		for (int i = 0; i < train.size(); i++) {
			Reading reading = Reading.of(normalizer.tokens(train.get(i).text()), cues);
			sums[0] = sums[1] = 0;
			cues.polarity(reading.tokens(), reading.negated(), reading.emphasis(), 0, reading.tokens().size(), sums);
			compound[i] = Cues.compound(sums[0], sums[1]);
			truth.add(train.get(i).sentiment());
		}
		return EnglishCalibration.fit(compound, truth);
	}

	/** A word list written by this run, else the shipped one. */
	private InputStream open(String file) {
		try {
			Path written = out.resolve(file);
			return Files.exists(written) ? Files.newInputStream(written) : Lexicon.class.getResourceAsStream("/textanalytics/" + file);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Sentiment best(double[] scores) {
		int best = scores[0] >= scores[1] && scores[0] >= scores[2] ? 0 : scores[1] >= scores[2] ? 1 : 2;
		return Sentiment.values()[best];
	}

	static void result(PrintWriter print, String name, Confusion confusion) {
		print.println(String.format(Locale.ROOT, "RESULT %s_macro_f1 %.4f", name, confusion.macroF1()));
		for (Sentiment s : Sentiment.values()) {
			print.println(String.format(Locale.ROOT, "RESULT %s_%s precision=%.4f recall=%.4f f1=%.4f", name, s.label(),
					confusion.precision(s), confusion.recall(s), confusion.f1(s)));
		}
		print.flush();
	}

	/** Figures of reviews labelled only positive or negative (see {@link AspectDocuments}). */
	private static void polar(PrintWriter print, String name, Confusion confusion) {
		print.println(String.format(Locale.ROOT, "RESULT %s_polar_f1 %.4f accuracy=%.4f positive_f1=%.4f negative_f1=%.4f n=%d", name,
				AspectDocuments.polarF1(confusion), confusion.accuracy(), confusion.f1(Sentiment.POSITIVE),
				confusion.f1(Sentiment.NEGATIVE), confusion.total()));
		print.flush();
	}

	private static void aspects(PrintWriter print, String name, List<AspectEvaluation.ThemeScore> scores) {
		for (AspectEvaluation.ThemeScore score : scores) {
			Confusion s = score.sentiment();
			print.println(String.format(Locale.ROOT,
					"RESULT %s_%s detection_precision=%.4f detection_recall=%.4f mentions=%d sentiment_accuracy=%.4f sentiment_macro_f1=%.4f sentiment_n=%d",
					name, score.theme(), score.precision(), score.recall(), score.truePositives() + score.falseNegatives(),
					s.accuracy(), s.macroF1(), s.total()));
		}
		print.flush();
	}
}
