package io.tanggap.feedback;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.tanggap.identity.Actor;
import io.tanggap.identity.Branch;
import io.tanggap.identity.BranchDirectory;
import io.tanggap.survey.AnsweredQuestion;
import io.tanggap.survey.Question;
import io.tanggap.survey.Survey;
import io.tanggap.survey.SurveyId;
import io.tanggap.survey.SurveyManagement;

/**
 * Writes the responses of a filter as a table. With a survey chosen it is wide: one row per response
 * and one column per question id of any of the survey's versions (a score as a number, choices as
 * their ids joined by {@code ;}, else the text). Without one, surveys differ in their questions, so it
 * is long: one row per answer with {@code question_id, score, choices, text} (a response without
 * answers still has one row). Two columns at the end say what the comments say, as text analytics
 * read them: {@code sentiment} and {@code themes} ({@code key:sentiment}, separated by {@code ;});
 * in the long form on each open-text answer's row, in the wide form for all of a response's
 * comments (their sentiments in question order). Both are empty for a comment not read yet.
 */
@Component
class ResponseExport {

	/** What the file is written as. */
	enum Format {
		CSV("text/csv;charset=UTF-8"), XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

		final String contentType;

		Format(String contentType) {
			this.contentType = contentType;
		}

		String fileName(String day) {
			return "tanggapan-" + day + "." + name().toLowerCase(Locale.ROOT);
		}
	}

	static final List<String> COLUMNS = List.of("response_id", "submitted_at", "survey", "version", "channel",
			"branch", "touchpoint", "language");
	static final List<String> ANSWER_COLUMNS = List.of("question_id", "score", "choices", "text");
	static final List<String> READING_COLUMNS = List.of("sentiment", "themes");

	private final ResponseSearch search;
	private final SurveyManagement surveys;
	private final BranchDirectory branches;
	private final ResponseReadings readings;

	ResponseExport(ResponseSearch search, SurveyManagement surveys, BranchDirectory branches, ResponseReadings readings) {
		this.search = search;
		this.surveys = surveys;
		this.branches = branches;
		this.readings = readings;
	}

	/**
	 * Checks the filter before anything is written, so that a problem can still be answered as one.
	 * @throws io.tanggap.shared.Problem 404 for another workspace's survey, 422 for too many responses
	 */
	Optional<Survey> check(Actor actor, ResponseFilter filter) {
		return search.exportable(actor, filter);
	}

	ZoneId zone(Actor actor) {
		return search.zone(actor);
	}

	void write(Actor actor, ResponseFilter filter, Optional<Survey> survey, Format format, OutputStream out)
			throws IOException {
		Map<SurveyId, String> surveyNames = surveys.all(actor).stream()
			.collect(Collectors.toMap(Survey::id, Survey::name));
		Map<UUID, String> branchNames = branches.all(actor.workspace()).stream()
			.collect(Collectors.toMap(Branch::id, Branch::name));
		ZoneId zone = search.zone(actor);
		List<String> questions = survey.map(s -> questionIds(actor, s)).orElse(List.of());
		try (ExportSheet sheet = format == Format.CSV ? ExportSheet.csv(out) : ExportSheet.xlsx(out, "Tanggapan")) {
			List<Object> header = new ArrayList<>(COLUMNS);
			header.addAll(survey.isPresent() ? questions : ANSWER_COLUMNS);
			header.addAll(READING_COLUMNS);
			sheet.row(header);
			search.each(actor, filter, batch -> {
				Map<ResponseId, List<CommentReadings.Reading>> read = readings.of(actor.workspace(),
						batch.stream().map(SurveyResponse::id).toList());
				for (SurveyResponse response : batch) {
					List<CommentReadings.Reading> said = read.getOrDefault(response.id(), List.of());
					List<Object> common = List.of(response.id().toString(),
							DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(response.submittedAt().atZone(zone)),
							surveyNames.getOrDefault(response.survey(), ""), response.surveyVersion(),
							response.channel().name(), response.branch() == null ? "" : branchNames.getOrDefault(response.branch(), ""),
							orEmpty(response.touchpoint()), response.language());
					if (survey.isPresent()) {
						List<Object> row = wide(common, questions, response);
						row.add(said.stream().map(CommentReadings.Reading::sentiment).collect(Collectors.joining(";")));
						row.add(themes(said));
						sheet.row(row);
					}
					else if (response.answers().isEmpty()) {
						sheet.row(common);
					}
					else {
						for (AnsweredQuestion answer : response.answers()) {
							List<CommentReadings.Reading> own = said.stream()
								.filter(r -> r.questionId().equals(answer.questionId())).toList();
							List<Object> row = new ArrayList<>(common);
							row.add(answer.questionId());
							row.addAll(List.of(value(answer.score()), String.join(";", answer.choices()), orEmpty(answer.text()),
									own.isEmpty() ? "" : own.get(0).sentiment(), themes(own)));
							sheet.row(row);
						}
					}
				}
			});
		}
	}

	/** @return e.g. {@code staff:negative;waiting_time:negative} */
	private static String themes(List<CommentReadings.Reading> readings) {
		return readings.stream().flatMap(r -> r.themes().stream()).map(m -> m.theme() + ":" + m.sentiment())
			.collect(Collectors.joining(";"));
	}

	private static List<Object> wide(List<Object> common, List<String> questions, SurveyResponse response) {
		Map<String, AnsweredQuestion> answers = response.answers().stream()
			.collect(Collectors.toMap(AnsweredQuestion::questionId, a -> a));
		List<Object> row = new ArrayList<>(common);
		for (String question : questions) {
			AnsweredQuestion answer = answers.get(question);
			row.add(answer == null ? "" : answer.score() != null ? answer.score()
					: !answer.choices().isEmpty() ? String.join(";", answer.choices()) : orEmpty(answer.text()));
		}
		return row;
	}

	/** The question ids of every published version, in the order they first appeared. */
	private List<String> questionIds(Actor actor, Survey survey) {
		Set<String> ids = new LinkedHashSet<>();
		int versions = survey.publishedVersion() == null ? 0 : survey.publishedVersion();
		for (int version = 1; version <= versions; version++) {
			surveys.version(actor.workspace(), survey.id(), version).questions().stream().map(Question::id)
				.forEach(ids::add);
		}
		return List.copyOf(ids);
	}

	private static Object value(Integer score) {
		return score == null ? "" : score;
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}
}
