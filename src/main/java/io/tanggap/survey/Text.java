package io.tanggap.survey;

import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A text in several languages, keyed by language code ({@code id}, {@code en}). */
public record Text(@JsonValue Map<String, String> values) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public Text {
		values = Map.copyOf(Objects.requireNonNullElse(values, Map.of()));
	}

	public static Text of(String indonesian, String english) {
		return new Text(Map.of("id", indonesian, "en", english));
	}

	/** @return the text in {@code language}, else in {@code fallback}, else any; never null */
	public String in(String language, String fallback) {
		String text = values.get(language);
		if (text == null || text.isBlank()) {
			text = values.get(fallback);
		}
		return text != null ? text : values.values().stream().findFirst().orElse("");
	}

	boolean has(String language) {
		String text = values.get(language);
		return text != null && !text.isBlank();
	}
}
