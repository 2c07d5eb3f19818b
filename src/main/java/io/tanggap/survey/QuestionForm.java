package io.tanggap.survey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One question as typed into the builder. Choices are one per line, labels separated by {@code |} in
 * the survey's languages, optionally preceded by the choice's id: {@code fast | Cepat | Fast}. Choices
 * typed without an id get a new one ({@code c1}, {@code c2}…); existing ones keep theirs, because answers
 * and skip logic refer to them.
 * @param ifQuestion the earlier question the question depends on; blank to always show it
 * @param ifChoices choice ids separated by commas, for {@link Condition.Operator#ANY_OF}
 */
record QuestionForm(QuestionType type, String textId, String textEn, Boolean required, MetricRole role,
		String choices, String ifQuestion, Condition.Operator ifOperator, Integer ifValue, String ifChoices) {

	static QuestionForm blank(QuestionType type) {
		return new QuestionForm(type, "", "", true, defaultRole(type), "", "", null, null, "");
	}

	static QuestionForm of(Question q, List<String> languages) {
		String choices = q.choices().stream()
			.map(c -> c.id() + languages.stream().map(l -> " | " + c.label().values().getOrDefault(l, ""))
				.collect(Collectors.joining()))
			.collect(Collectors.joining("\n"));
		Condition c = q.showIf();
		return new QuestionForm(q.type(), q.text().values().get("id"), q.text().values().get("en"), q.required(),
				q.role(), choices, c == null ? "" : c.question(), c == null ? null : c.operator(),
				c == null ? null : c.value(), c == null ? "" : String.join(", ", c.choices()));
	}

	Question toQuestion(String id, List<String> languages) {
		List<Choice> parsed = type != null && type.choice() ? parseChoices(languages) : List.of();
		Condition condition = ifQuestion == null || ifQuestion.isBlank() ? null
				: new Condition(ifQuestion, ifOperator, ifValue, split(ifChoices));
		return new Question(id, type, SurveyForms.text(textId, textEn), required, role, parsed, condition);
	}

	/** @return the roles a question of {@code type} may have, the fitting metric first after none */
	static List<MetricRole> roles(QuestionType type) {
		List<MetricRole> roles = new ArrayList<>(List.of(MetricRole.NONE));
		MetricRole metric = defaultRole(type);
		if (metric != MetricRole.NONE) {
			roles.add(metric);
		}
		if (type.scored()) {
			roles.addAll(List.of(MetricRole.DRIVER, MetricRole.OUTCOME));
		}
		return roles;
	}

	static MetricRole defaultRole(QuestionType type) {
		if (type == QuestionType.NPS) {
			return MetricRole.NPS;
		}
		if (type == QuestionType.CES) {
			return MetricRole.CES;
		}
		return type.name().startsWith("CSAT_") ? MetricRole.CSAT : MetricRole.NONE;
	}

	private List<Choice> parseChoices(List<String> languages) {
		List<List<String>> lines = choices == null ? List.of() : choices.lines().filter(line -> !line.isBlank())
			.map(line -> Arrays.stream(line.split("\\|", -1)).map(String::strip).toList()).toList();
		List<String> ids = new ArrayList<>();
		lines.stream().filter(parts -> parts.size() > languages.size()).forEach(parts -> ids.add(parts.get(0)));
		List<Choice> parsed = new ArrayList<>();
		for (List<String> parts : lines) {
			boolean named = parts.size() > languages.size();
			String choiceId = named ? parts.get(0) : Drafts.unused("c", ids);
			if (!named) {
				ids.add(choiceId);
			}
			List<String> labels = named ? parts.subList(1, parts.size()) : parts;
			Map<String, String> text = new HashMap<>();
			for (int i = 0; i < Math.min(labels.size(), languages.size()); i++) {
				if (!labels.get(i).isBlank()) {
					text.put(languages.get(i), labels.get(i));
				}
			}
			parsed.add(new Choice(choiceId, new Text(text)));
		}
		return parsed;
	}

	private static List<String> split(String ids) {
		if (ids == null) {
			return List.of();
		}
		return Arrays.stream(ids.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
	}
}
