package io.tanggap.textanalytics;

/**
 * A theme a comment mentions, with the sentiment of what is said about it.
 * @param theme the key of the {@link Theme}, e.g. {@code waiting_time}
 */
public record ThemeMention(String theme, Sentiment sentiment) {
}
