package io.tanggap.textanalytics;

import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The words the engine knows by heart: colloquial forms and what they stand for, words with a
 * polarity in either language, negators, intensifiers, contrast words, each language's common
 * words, and emoji with their valence. Immutable once loaded.
 */
final class Lexicon {

	/** Contrast words: what follows them usually says more than what came before. */
	private static final Set<String> CONTRAST = Set.of("tapi", "tetapi", "namun", "sayang", "sedangkan", "padahal",
			"cuma", "hanya", "kecuali", "kekurangan", "but", "however", "yet", "unfortunately", "except");

	/** Concessive words: the clause they open says less than the rest of the sentence. */
	private static final Set<String> CONCESSIVE = Set.of("walaupun", "meskipun", "walau", "meski", "biarpun",
			"although", "though", "despite", "eventhough");

	private static final Set<String> NEGATORS = Set.of("tidak", "bukan", "belum", "jangan", "tanpa", "kurang",
			"not", "no", "never", "nothing", "without", "nobody", "none", "neither", "nor", "hardly", "barely");

	/** Words that strengthen (above 1) or soften (below 1) the polar word near them. */
	private static final Map<String, Float> INTENSIFIERS = Map.ofEntries(Map.entry("sangat", 1.5f), Map.entry("parah", 1.5f),
			Map.entry("banget", 1.5f), Map.entry("sekali", 1.5f), Map.entry("amat", 1.5f), Map.entry("terlalu", 1.4f),
			Map.entry("paling", 1.5f), Map.entry("sungguh", 1.4f), Map.entry("super", 1.5f), Map.entry("begitu", 1.3f),
			Map.entry("benar", 1.3f), Map.entry("makin", 1.2f), Map.entry("semakin", 1.2f), Map.entry("cukup", 0.7f),
			Map.entry("agak", 0.6f), Map.entry("sedikit", 0.6f), Map.entry("lumayan", 0.8f), Map.entry("very", 1.5f),
			Map.entry("so", 1.4f), Map.entry("really", 1.4f), Map.entry("extremely", 1.6f), Map.entry("totally", 1.4f),
			Map.entry("absolutely", 1.5f), Map.entry("too", 1.3f), Map.entry("incredibly", 1.5f),
			Map.entry("quite", 1.2f), Map.entry("pretty", 1.2f), Map.entry("highly", 1.4f), Map.entry("most", 1.3f),
			Map.entry("slightly", 0.6f), Map.entry("somewhat", 0.7f), Map.entry("bit", 0.7f), Map.entry("little", 0.7f));

	/**
	 * Emoji that reviews use often and whose VADER description carries no valence ("thumbs up"),
	 * with a valence of our own; they override the derived list.
	 */
	private static final Map<Integer, Float> OWN_EMOJI = Map.ofEntries(Map.entry(0x1F44D, 2f), Map.entry(0x1F44E, -2f),
			Map.entry(0x1F621, -3f), Map.entry(0x1F620, -2.5f), Map.entry(0x1F92C, -3f), Map.entry(0x1F624, -2f),
			Map.entry(0x1F612, -1.5f), Map.entry(0x1F644, -1.5f), Map.entry(0x1F92E, -2.5f), Map.entry(0x1F922, -2f),
			Map.entry(0x1F64F, 1.5f), Map.entry(0x1F44F, 2f), Map.entry(0x1F4AF, 2f), Map.entry(0x1F525, 1.5f),
			Map.entry(0x1F60B, 2.5f), Map.entry(0x1F929, 3f), Map.entry(0x1F970, 3f), Map.entry(0x2B50, 1.5f));

	final Map<String, String[]> colloquial;
	final Map<String, Float> polarity;
	final Set<String> idCommon;
	final Set<String> enCommon;
	final Map<Integer, Float> emoji;
	final Set<String> known;
	/** The first words of the polar phrases of two or three words, such as "tidak ada" or "luar biasa". */
	final Set<String> phraseStarts;

	/** The longest polar phrase, in words. */
	static final int MAX_PHRASE = 3;

	private Lexicon(Map<String, String[]> colloquial, Map<String, Float> polarity, Set<String> idCommon,
			Set<String> enCommon, Map<Integer, Float> emoji) {
		this.colloquial = colloquial;
		this.polarity = polarity;
		this.idCommon = idCommon;
		this.enCommon = enCommon;
		this.emoji = emoji;
		Set<String> words = new HashSet<>(polarity.keySet());
		words.addAll(idCommon);
		words.addAll(enCommon);
		words.addAll(colloquial.keySet());
		colloquial.values().forEach(forms -> words.addAll(List.of(forms)));
		this.known = Set.copyOf(words);
		Set<String> starts = new HashSet<>();
		polarity.keySet().stream().filter(w -> w.indexOf(' ') > 0).forEach(w -> starts.add(w.substring(0, w.indexOf(' '))));
		this.phraseStarts = Set.copyOf(starts);
	}

	/** The lexicon whose word lists are shipped in the jar. */
	static Lexicon shipped() {
		return load(file -> Lexicon.class.getResourceAsStream("/textanalytics/" + file));
	}

	/**
	 * @param files opens a word list by its file name ({@code polarity-id.tsv}, {@code vader-lexicon.tsv}, …)
	 */
	static Lexicon load(Function<String, InputStream> files) {
		Map<String, String[]> colloquial = new HashMap<>();
		for (String[] row : WordList.read(files.apply("colloquial-id.tsv"), "colloquial-id.tsv")) {
			colloquial.put(row[0], row[1].split(" "));
		}
		Map<String, Float> polarity = new HashMap<>();
		// English first, so an Indonesian word spelt like an English one keeps its Indonesian sense
		for (String[] row : WordList.read(files.apply("vader-lexicon.tsv"), "vader-lexicon.tsv")) {
			polarity.put(row[0], Float.parseFloat(row[1]));
		}
		for (String[] row : WordList.read(files.apply("polarity-id.tsv"), "polarity-id.tsv")) {
			polarity.put(row[0], Float.parseFloat(row[1]));
		}
		Set<String> idCommon = new HashSet<>();
		WordList.read(files.apply("stopwords-id.txt"), "stopwords-id.txt").forEach(row -> idCommon.add(row[0]));
		idCommon.addAll(List.of("nya", "sih", "dong", "deh", "kok", "nih", "banget", "yang", "tidak", "sudah", "saja",
				"juga", "tapi", "enak", "bagus", "mantap", "harga", "pelayanan", "makanan", "tempat", "kamar"));
		Set<String> enCommon = new HashSet<>();
		WordList.read(files.apply("common-en.txt"), "common-en.txt").forEach(row -> enCommon.add(row[0]));
		Map<Integer, Float> emoji = new HashMap<>();
		for (String[] row : WordList.read(files.apply("emoji-valence.tsv"), "emoji-valence.tsv")) {
			emoji.putIfAbsent(row[0].codePointAt(0), Float.parseFloat(row[1]));
		}
		emoji.putAll(OWN_EMOJI);
		return new Lexicon(Map.copyOf(colloquial), Map.copyOf(polarity), Set.copyOf(idCommon), Set.copyOf(enCommon),
				Map.copyOf(emoji));
	}

	boolean isNegator(String word) {
		return NEGATORS.contains(word);
	}

	boolean isContrast(String word) {
		return CONTRAST.contains(word);
	}

	boolean isConcessive(String word) {
		return CONCESSIVE.contains(word);
	}

	/** @return the factor a word puts on the polarity near it, 1 for a word that is no intensifier */
	float intensity(String word) {
		return INTENSIFIERS.getOrDefault(word, 1f);
	}

	/**
	 * Indonesian intensifiers that follow their word: "enak banget", "bersih sekali", and the slang
	 * "enak parah", "lelet parah" ("parah" on its own is "awful").
	 */
	boolean isPostIntensifier(String word) {
		return word.equals("banget") || word.equals("sekali") || word.equals("amat") || word.equals("parah");
	}

	/**
	 * @return the number of words of the polar phrase that starts at {@code i} and ends before
	 *         {@code to} (the longest, if several), 0 when none does
	 */
	int phraseLength(Tokens tokens, int i, int to) {
		String first = tokens.get(i);
		if (i + 1 >= to || !phraseStarts.contains(first)) {
			return 0;
		}
		String two = first + ' ' + tokens.get(i + 1);
		if (i + 2 < to && polarity.containsKey(two + ' ' + tokens.get(i + 2))) {
			return 3;
		}
		return polarity.containsKey(two) ? 2 : 0;
	}

	/** @return the polarity of the phrase of {@code length} words at {@code i} (see {@link #phraseLength}) */
	float phrasePolarity(Tokens tokens, int i, int length) {
		StringBuilder phrase = new StringBuilder(tokens.get(i));
		for (int k = 1; k < length; k++) {
			phrase.append(' ').append(tokens.get(i + k));
		}
		return polarity(phrase.toString());
	}

	/** @return the word's polarity, about -4..4, or 0 */
	float polarity(String word) {
		Float value = polarity.get(word);
		return value == null ? 0f : value;
	}
}
