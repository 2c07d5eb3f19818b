package io.tanggap.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** The shipped templates read, pass the definition rules, speak both languages and measure something. */
class SurveyTemplatesTests {

	private static final Set<MetricRole> HEADLINE = EnumSet.of(MetricRole.NPS, MetricRole.CSAT, MetricRole.CES);

	private final SurveyTemplates templates = new SurveyTemplates(JsonMapper.builder().build());

	@Test
	void shipsATemplateForEachCommonMoment() {
		assertThat(templates.all()).extracting(SurveyTemplate::key).containsExactlyInAnyOrder("csat-setelah-kunjungan",
				"post-purchase-csat", "relationship-nps", "post-support-ces", "restaurant-table", "hotel-stay",
				"clinic-visit", "online-shop-delivery", "complaint-follow-up");
		assertThat(templates.find("hotel-stay")).get().extracting(t -> t.definition().defaultLanguage()).isEqualTo("id");
		assertThat(templates.find("no-such-template")).isEmpty();
	}

	@Test
	void everyTemplatePassesTheDefinitionRules() {
		assertThat(templates.all()).allSatisfy(t -> assertThat(t.definition().check()).isSameAs(t.definition()));
	}

	@Test
	void everyTextIsInIndonesianAndEnglish() {
		for (SurveyTemplate template : templates.all()) {
			assertThat(template.definition().languages()).as(template.key()).containsExactly("id", "en");
			assertThat(texts(template)).as(template.key())
				.allSatisfy(text -> assertThat(text.has("id") && text.has("en")).as(text.toString()).isTrue());
		}
	}

	@Test
	void everyTemplateMeasuresNpsCsatOrCes() {
		assertThat(templates.all()).allSatisfy(t -> assertThat(t.definition().questions())
			.as(t.key()).anyMatch(q -> HEADLINE.contains(q.role())));
	}

	@Test
	void skipLogicComparesScoresWithinTheScale() {
		for (SurveyTemplate template : templates.all()) {
			for (Question q : template.definition().questions()) {
				Condition condition = q.showIf();
				if (condition != null && condition.value() != null) {
					QuestionType scale = template.definition().questions().stream()
						.filter(earlier -> earlier.id().equals(condition.question())).findFirst().orElseThrow().type();
					int min = scale == QuestionType.CONSENT ? 0 : scale.min();
					int max = scale == QuestionType.CONSENT ? 1 : scale.max();
					assertThat(condition.value()).as(template.key() + "/" + q.id()).isBetween(min, max);
				}
			}
		}
	}

	@Test
	void refusesToStartWithABrokenTemplate() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new SurveyTemplates(JsonMapper.builder().build(), "classpath:survey/broken-templates/*.json"))
			.withMessageContaining("broken.json").withMessageContaining("question-role");
	}

	private static List<Text> texts(SurveyTemplate template) {
		List<Text> texts = new ArrayList<>(List.of(template.name(), template.description(),
				template.definition().title(), template.definition().thankYou()));
		for (Question q : template.definition().questions()) {
			texts.add(q.text());
			q.choices().forEach(c -> texts.add(c.label()));
		}
		return texts;
	}
}
