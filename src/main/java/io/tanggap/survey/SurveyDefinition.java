package io.tanggap.survey;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.tanggap.shared.Problem;

/**
 * What a survey asks, in which languages: the unit that is versioned. {@link #check()} enforces
 * the rules a definition must meet before it can be saved.
 * @param languages the survey's languages, the first being the default
 * @param title the title shown to respondents
 * @param questions in the order they are asked
 * @param thankYou the message after submitting
 * @param coupon a code shown on the thank-you page as a thank-you gift, e.g. {@code KOPI10}; null for none
 */
public record SurveyDefinition(List<String> languages, Text title, List<Question> questions, Text thankYou,
		String coupon) {

	public static final int MAX_QUESTIONS = 100;
	public static final int MAX_CHOICES = 50;
	public static final int MAX_TEXT = 500;
	private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");
	private static final Set<String> SUPPORTED = Set.of("id", "en");

	public static final int MAX_COUPON = 40;
	private static final Pattern COUPON = Pattern.compile("[\\p{Alnum}_-]{1," + MAX_COUPON + "}");

	/** A definition without a coupon. */
	public SurveyDefinition(List<String> languages, Text title, List<Question> questions, Text thankYou) {
		this(languages, title, questions, thankYou, null);
	}

	public SurveyDefinition {
		coupon = coupon == null || coupon.isBlank() ? null : coupon.strip();
		languages = languages == null ? List.of() : List.copyOf(languages);
		questions = questions == null ? List.of() : List.copyOf(questions);
		title = title == null ? new Text(Map.of()) : title;
		thankYou = thankYou == null ? new Text(Map.of()) : thankYou;
	}

	public String defaultLanguage() {
		return languages.get(0);
	}

	/** @return this definition, or a 422 problem naming the first rule it breaks */
	/** @return the same definition with another coupon code (blank for none) */
	public SurveyDefinition withCoupon(String code) {
		return new SurveyDefinition(languages, title, questions, thankYou, code);
	}

	public SurveyDefinition check() {
		if (languages.isEmpty() || !SUPPORTED.containsAll(languages) || new HashSet<>(languages).size() != languages.size()) {
			throw Problem.invalid("survey-languages", String.join(",", languages));
		}
		textIn(title, "title");
		if (coupon != null && !COUPON.matcher(coupon).matches()) {
			throw Problem.invalid("survey-coupon", MAX_COUPON);
		}
		if (questions.isEmpty() || questions.size() > MAX_QUESTIONS) {
			throw Problem.invalid("survey-question-count", MAX_QUESTIONS);
		}
		Set<String> earlier = new HashSet<>();
		for (Question q : questions) {
			checkQuestion(q, earlier);
			earlier.add(q.id());
		}
		return this;
	}

	private void checkQuestion(Question q, Set<String> earlier) {
		if (q.id() == null || !ID.matcher(q.id()).matches()) {
			throw Problem.invalid("question-id", String.valueOf(q.id()));
		}
		if (earlier.contains(q.id())) {
			throw Problem.invalid("question-id-duplicate", q.id());
		}
		if (q.type() == null) {
			throw Problem.invalid("question-type", q.id());
		}
		textIn(q.text(), q.id());
		if (q.type().choice()) {
			if (q.choices().isEmpty() || q.choices().size() > MAX_CHOICES) {
				throw Problem.invalid("question-choices", q.id(), MAX_CHOICES);
			}
			Set<String> ids = new HashSet<>();
			for (Choice c : q.choices()) {
				if (c.id() == null || !ID.matcher(c.id()).matches() || !ids.add(c.id())) {
					throw Problem.invalid("choice-id", q.id(), String.valueOf(c.id()));
				}
				textIn(c.label(), q.id() + "/" + c.id());
			}
		}
		else if (!q.choices().isEmpty()) {
			throw Problem.invalid("question-choices-unexpected", q.id());
		}
		if (q.showIf() != null && (q.showIf().question() == null || !earlier.contains(q.showIf().question())
				|| q.showIf().operator() == null)) {
			throw Problem.invalid("question-condition", q.id());
		}
		if (q.role() != MetricRole.NONE && q.role() != MetricRole.DRIVER && q.role() != MetricRole.OUTCOME
				&& !roleFits(q)) {
			throw Problem.invalid("question-role", q.id(), q.role().name());
		}
		if ((q.role() == MetricRole.DRIVER || q.role() == MetricRole.OUTCOME) && !q.type().scored()) {
			throw Problem.invalid("question-role", q.id(), q.role().name());
		}
	}

	private static boolean roleFits(Question q) {
		return switch (q.role()) {
			case NPS -> q.type() == QuestionType.NPS;
			case CSAT -> q.type().name().startsWith("CSAT_");
			case CES -> q.type() == QuestionType.CES;
			default -> true;
		};
	}

	private void textIn(Text text, String where) {
		if (text == null || !text.has(defaultLanguage())) {
			throw Problem.invalid("text-missing", where, defaultLanguage());
		}
		for (String value : text.values().values()) {
			if (value.length() > MAX_TEXT) {
				throw Problem.invalid("too-long", where, MAX_TEXT);
			}
		}
	}
}
