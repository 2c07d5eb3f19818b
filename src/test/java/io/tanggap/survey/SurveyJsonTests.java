package io.tanggap.survey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** A definition survives its trip through JSON (the API and the database store it that way). */
class SurveyJsonTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void roundTripsADefinition() {
		SurveyDefinition definition = SurveyExamples.postVisit();
		String text = json.writeValueAsString(definition);
		assertThat(text).contains("\"title\":{").contains("\"type\":\"MULTIPLE_CHOICE\"");
		assertThat(json.readValue(text, SurveyDefinition.class)).isEqualTo(definition);
	}
}
