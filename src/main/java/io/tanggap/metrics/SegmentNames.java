package io.tanggap.metrics;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.context.MessageSource;

import io.tanggap.feedback.Channel;

/**
 * Segments as the page names them, in its language: a branch or survey by its name, a channel as
 * the menus call it, a choice by its label, and the segment of answers without one ("Tanpa
 * cabang", "Tidak menjawab"); and the segment the responses list can filter to, if it can.
 */
final class SegmentNames {

	private final MessageSource messages;
	private final Locale locale;
	private final Map<String, String> choices;

	/**
	 * @param choices the chosen question's choice labels, or the themes' names, in the page's language,
	 *        by choice id or theme key
	 */
	SegmentNames(MessageSource messages, Locale locale, Map<String, String> choices) {
		this.messages = messages;
		this.locale = locale;
		this.choices = choices;
	}

	/** @param label the name {@link Segments} knows, or null */
	String of(Dimension dimension, String key, String label) {
		if (none(dimension, key)) {
			return message(switch (dimension) {
				case BRANCH -> "segments.no-branch";
				case TOUCHPOINT -> "segments.no-touchpoint";
				case THEME -> "segments.no-theme";
				case SENTIMENT -> "segments.no-comment";
				default -> "segments.no-answer";
			});
		}
		return switch (dimension) {
			case CHANNEL -> messages.getMessage("channel." + key, null, key, locale);
			case QUESTION, THEME -> choices.getOrDefault(key, label != null ? label : key);
			case SENTIMENT -> message("sentiment." + key);
			default -> label != null ? label : key;
		};
	}

	/** @return whether the key is the segment of answers given without this dimension */
	static boolean none(Dimension dimension, String key) {
		return switch (dimension) {
			case BRANCH -> RollupKey.NO_BRANCH.toString().equals(key);
			case TOUCHPOINT, QUESTION, THEME, SENTIMENT -> key == null || key.isEmpty();
			default -> false;
		};
	}

	/** @return by name in the page's language, the segments of answers without the dimension last */
	<T> Comparator<T> order(Dimension dimension, Function<T, String> key, Function<T, String> name) {
		return Comparator.<T, Boolean>comparing(t -> none(dimension, key.apply(t)))
			.thenComparing(name, Collator.getInstance(locale));
	}

	/**
	 * @return the segment narrowed to this key of the dimension, when the responses list can filter
	 * by it (branch, channel, survey; not answers without a branch, a touchpoint or a choice)
	 */
	static Optional<Segment> narrowed(Segment segment, Dimension dimension, String key) {
		if (key == null || none(dimension, key)) {
			return Optional.empty();
		}
		try {
			return switch (dimension) {
				case BRANCH -> Optional.of(new Segment(segment.survey(), segment.channel(), UUID.fromString(key),
						segment.touchpoint()));
				case CHANNEL -> Optional.of(new Segment(segment.survey(), Channel.valueOf(key), segment.branch(),
						segment.touchpoint()));
				case SURVEY -> Optional.of(new Segment(UUID.fromString(key), segment.channel(), segment.branch(),
						segment.touchpoint()));
				default -> Optional.empty();
			};
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	/** @return whether the responses list can filter by the dimension at all */
	static boolean linked(Dimension dimension) {
		return dimension == Dimension.BRANCH || dimension == Dimension.CHANNEL || dimension == Dimension.SURVEY
				|| dimension == Dimension.THEME || dimension == Dimension.SENTIMENT;
	}

	/**
	 * @return the responses list's address of one segment of the filter's period and segment, when
	 * the list can filter to it; null otherwise
	 */
	static String responses(DashboardFilter filter, Dimension dimension, String key) {
		if ((dimension == Dimension.THEME || dimension == Dimension.SENTIMENT) && key != null && !key.isEmpty()) {
			return filter.responses(dimension == Dimension.THEME ? "theme" : "sentiment", key);
		}
		return narrowed(filter.segment(), dimension, key)
			.map(segment -> new DashboardFilter(filter.period(), segment).responses()).orElse(null);
	}

	private String message(String key) {
		return messages.getMessage(key, null, key, locale);
	}
}
