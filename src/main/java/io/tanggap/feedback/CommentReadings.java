package io.tanggap.feedback;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.tanggap.shared.WorkspaceId;

/**
 * What another module reads in responses' comments (their open-text answers): the extension point
 * through which text analytics shows on the responses list, a response's page and exports, and
 * names the themes the list filters by, without feedback depending on it. Implemented by the
 * {@code textanalytics} module; without an implementation comments are shown as they are and no
 * theme is known. The readings themselves are stored by that module in tables that feedback's
 * filters join by name ({@code comment_analysis}, {@code comment_theme}; see docs/architecture.md).
 */
public interface CommentReadings {

	/** The sentiments a reading or a theme mention has, as the API and the filters write them. */
	List<String> SENTIMENTS = List.of("positive", "neutral", "negative");

	/** A theme comments can mention, named in both languages. */
	record ThemeName(String key, String nameId, String nameEn) {

		/** @return the name in the language ({@code en} for English, Bahasa Indonesia otherwise) */
		public String name(String language) {
			return "en".equals(language) ? nameEn : nameId;
		}
	}

	/**
	 * A theme one comment mentions.
	 * @param sentiment what is said about the theme: one of {@link #SENTIMENTS}
	 */
	record Mention(String theme, String sentiment) {
	}

	/**
	 * What one comment says.
	 * @param language {@code id}, {@code en}, {@code mixed} or {@code other}
	 * @param sentiment one of {@link #SENTIMENTS}
	 * @param confidence 0..1
	 * @param truncated only the comment's beginning was read
	 */
	record Reading(String questionId, String language, String sentiment, double confidence, boolean truncated,
			List<Mention> themes) {
	}

	/** @return the workspace's themes, those switched off left out, in the order people see them */
	List<ThemeName> themes(WorkspaceId workspace);

	/** @return the readings of the responses' comments that have been read, by response, in question order */
	Map<ResponseId, List<Reading>> of(WorkspaceId workspace, Collection<ResponseId> responses);
}
