package io.tanggap.textanalytics;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The themes a workspace's comments are read for: the shipped default CX taxonomy, or a workspace's
 * own edit of it. Immutable and safe to share between threads; its keyword matcher is compiled
 * once, on first use, so keep a taxonomy rather than build it anew for every comment.
 */
public final class Taxonomy {

	private final List<Theme> themes;
	private volatile ThemeMatcher matcher;

	private Taxonomy(List<Theme> themes) {
		this.themes = List.copyOf(themes);
	}

	/**
	 * @throws IllegalArgumentException when two themes share a key
	 */
	public static Taxonomy of(List<Theme> themes) {
		Set<String> keys = new HashSet<>();
		for (Theme theme : themes) {
			if (!keys.add(theme.key())) {
				throw new IllegalArgumentException("theme key used twice: " + theme.key());
			}
		}
		return new Taxonomy(themes);
	}

	/** The shipped default taxonomy (waiting time, staff, product quality, price, cleanliness, …). */
	public static Taxonomy standard() {
		return DefaultThemes.TAXONOMY;
	}

	public List<Theme> themes() {
		return themes;
	}

	public Optional<Theme> theme(String key) {
		return themes.stream().filter(t -> t.key().equals(key)).findFirst();
	}

	/** The keyword matcher of these themes, compiled on first use and kept. */
	ThemeMatcher matcher() {
		ThemeMatcher compiled = matcher;
		if (compiled == null) {
			compiled = new ThemeMatcher(themes, ShippedWords.NORMALIZER);
			matcher = compiled;
		}
		return compiled;
	}
}
