package io.tanggap.textanalytics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Reads a comment: its language, its sentiment with a confidence, and the themes of a taxonomy it
 * mentions, each with its own sentiment. Indonesian is read by a linear model trained on SmSA
 * (see {@link SentimentTraining}); English by VADER's lexicon and rules; a mixed comment by both,
 * weighted by the share of each language's words; another language by the lexicon words and
 * emoji it has. Safe to share between threads; never throws for any text.
 */
public final class TextAnalyzer {

	/** Characters read of one comment; the rest is left out and the analysis says it was truncated. */
	public static final int MAX_CHARS = 5_000;

	static final String MODEL_FILE = "sentiment-id.bin";

	private static final class Shipped {
		static final TextAnalyzer ANALYZER = load();
	}

	private final Normalizer normalizer;
	private final Cues cues;
	private final SentimentFeatures features;
	private final LanguageDetection languages;
	private final AspectSentiment aspects;
	private final LinearModel indonesian;
	private final LexiconSentiment english;

	TextAnalyzer(Lexicon lexicon, LinearModel indonesian, LexiconSentiment english) {
		this.normalizer = lexicon == ShippedWords.LEXICON ? ShippedWords.NORMALIZER : new Normalizer(lexicon);
		this.cues = new Cues(lexicon);
		this.features = new SentimentFeatures(cues);
		this.languages = new LanguageDetection(lexicon);
		this.aspects = new AspectSentiment(lexicon, cues, features, indonesian);
		this.indonesian = indonesian;
		this.english = english;
	}

	/** The analyzer with the models shipped in the jar, loaded once. */
	public static TextAnalyzer shipped() {
		return Shipped.ANALYZER;
	}

	private static TextAnalyzer load() {
		try (InputStream model = resource(MODEL_FILE); InputStream calibration = resource(LexiconSentiment.FILE)) {
			return new TextAnalyzer(ShippedWords.LEXICON, LinearModel.read(model), LexiconSentiment.read(calibration));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static InputStream resource(String file) {
		InputStream in = TextAnalyzer.class.getResourceAsStream("/textanalytics/" + file);
		if (in == null) {
			throw new IllegalStateException("missing from the jar: textanalytics/" + file + " (run text-train)");
		}
		return in;
	}

	/** Reads the text for the standard taxonomy. */
	public TextAnalysis analyze(String text) {
		return analyze(text, Taxonomy.standard());
	}

	/**
	 * @param text any text, also empty, null or binary junk
	 * @param taxonomy the themes to look for
	 */
	public TextAnalysis analyze(String text, Taxonomy taxonomy) {
		return analyze(text, taxonomy, null);
	}

	/**
	 * @param hint the language the comment is known to be in (e.g. the survey's language); null or
	 *        {@link TextLanguage#OTHER} to detect it from the text
	 */
	public TextAnalysis analyze(String text, Taxonomy taxonomy, TextLanguage hint) {
		String whole = text == null ? "" : text;
		boolean truncated = whole.length() > MAX_CHARS;
		Tokens tokens = normalizer.tokens(truncated ? beginning(whole) : whole);
		Reading reading = Reading.of(tokens, cues);
		LanguageDetection.Counts counts = languages.count(tokens);
		TextLanguage language = hint == null || hint == TextLanguage.OTHER ? languages.detect(counts) : hint;
		double[] p = sentiment(reading, language, counts);
		int best = p[0] >= p[1] && p[0] >= p[2] ? 0 : p[1] >= p[2] ? 1 : 2;
		List<ThemeMention> themes = aspects.mentions(reading, taxonomy.matcher().find(tokens), taxonomy.themes(),
				language == TextLanguage.ID || language == TextLanguage.MIXED);
		return new TextAnalysis(language, Sentiment.values()[best], round(p[best]), themes, truncated);
	}

	/** The probabilities of positive, neutral and negative. */
	double[] sentiment(Reading reading, TextLanguage language, LanguageDetection.Counts counts) {
		double[] p = new double[3];
		if (language == TextLanguage.ID) {
			indonesian.probabilities(features.of(reading), p);
			return p;
		}
		float[] sums = new float[2];
		cues.polarity(reading.tokens(), reading.negated(), reading.emphasis(), 0, reading.tokens().size(), sums);
		english.probabilities(Cues.compound(sums[0], sums[1]), p);
		if (language == TextLanguage.MIXED) {
			double[] id = new double[3];
			indonesian.probabilities(features.of(reading), id);
			double w = counts.englishShare();
			for (int k = 0; k < 3; k++) {
				p[k] = w * p[k] + (1 - w) * id[k];
			}
		}
		return p;
	}

	/** The first {@link #MAX_CHARS} characters, one fewer when the last would split a surrogate pair. */
	private static String beginning(String text) {
		int end = Character.isHighSurrogate(text.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
		return text.substring(0, end);
	}

	private static double round(double p) {
		return Math.round(p * 1000) / 1000.0;
	}
}
