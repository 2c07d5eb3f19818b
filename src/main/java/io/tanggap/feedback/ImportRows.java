package io.tanggap.feedback;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.tanggap.identity.Branch;
import io.tanggap.shared.Problem;
import io.tanggap.survey.Choice;
import io.tanggap.survey.HiddenAnswers;
import io.tanggap.survey.Question;
import io.tanggap.survey.QuestionType;
import io.tanggap.survey.SurveyDefinition;
import io.tanggap.survey.SurveyId;

/**
 * Turns the rows of a mapped spreadsheet into submissions, reading times in the workspace's zone,
 * branches by name or id, choices by id or label and consent as ya/yes/true/1 or tidak/no/false/0.
 * What it cannot read it leaves to the live checks, so a row fails with the same problem a
 * respondent would see.
 */
final class ImportRows {

	private static final List<DateTimeFormatter> LOCAL_TIMES = List.of(DateTimeFormatter.ISO_LOCAL_DATE_TIME,
			DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]"), DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm[:ss]"));
	private static final Set<String> YES = Set.of("ya", "yes", "true", "1", "y");
	private static final Set<String> NO = Set.of("tidak", "no", "false", "0", "t", "n");

	private final SurveyId survey;
	private final SurveyDefinition definition;
	private final SpreadsheetRows sheet;
	private final ImportMapping mapping;
	private final ZoneId zone;
	private final Map<String, UUID> branchesByName = new HashMap<>();
	private final Set<UUID> branchIds;

	ImportRows(SurveyId survey, SurveyDefinition definition, SpreadsheetRows sheet, ImportMapping mapping, ZoneId zone,
			List<Branch> branches) {
		this.survey = survey;
		this.definition = definition;
		this.sheet = sheet;
		this.mapping = mapping;
		this.zone = zone;
		branches.forEach(b -> branchesByName.put(b.name().toLowerCase(Locale.ROOT), b.id()));
		this.branchIds = Set.copyOf(branchesByName.values());
	}

	/** @return the spreadsheet row number of the data row at {@code index}, the header being row 1 */
	static int rowNumber(int index) {
		return index + 2;
	}

	List<String> cells(int index) {
		return sheet.rows().get(index);
	}

	boolean blank(int index) {
		return sheet.rows().get(index).stream().allMatch(String::isBlank);
	}

	/** @throws Problem when the row's time, branch or channel cannot be read */
	Submission submission(int index) {
		Map<String, Object> answers = new HashMap<>();
		for (Question q : definition.questions()) {
			String value = cell(index, mapping.answers().get(q.id()));
			if (!value.isBlank()) {
				answers.put(q.id(), answer(q, value.strip()));
			}
		}
		String key = cell(index, mapping.idempotencyKey());
		return new Submission(survey,
				key.isBlank() ? "import-" + sheet.hash() + "-" + rowNumber(index) : key, answers,
				channel(cell(index, mapping.channel())), branch(cell(index, mapping.branch())),
				cell(index, mapping.touchpoint()), cell(index, mapping.customerRef()), cell(index, mapping.language()),
				time(cell(index, mapping.submittedAt())), HiddenAnswers.REJECT);
	}

	/** @return the row's problem, with the header of the column it is about where one is */
	ImportReport.Rejection rejection(int index, Problem problem) {
		Object[] args = problem.args();
		String first = args.length > 0 ? String.valueOf(args[0]) : "";
		String column = switch (problem.code()) {
			case "import-time" -> mapping.submittedAt();
			case "submitted-in-future" -> mapping.submittedAt();
			case "branch-unknown" -> mapping.branch();
			case "import-channel" -> mapping.channel();
			case "language-unsupported" -> mapping.language();
			case "idempotency-key-reused" -> mapping.idempotencyKey();
			case "too-long", "control-characters", "required" -> switch (first) {
				case "touchpoint" -> mapping.touchpoint();
				case "customer-ref" -> mapping.customerRef();
				default -> mapping.idempotencyKey();
			};
			default -> problem.code().startsWith("answer-") ? mapping.answers().get(first) : null;
		};
		return new ImportReport.Rejection(rowNumber(index), column, problem.code(), args);
	}

	private String cell(int index, String column) {
		int at = ImportMapping.index(sheet.headers(), column);
		List<String> row = sheet.rows().get(index);
		return at < 0 || at >= row.size() ? "" : row.get(at);
	}

	private Object answer(Question q, String value) {
		if (q.type() == QuestionType.CONSENT) {
			String lower = value.toLowerCase(Locale.ROOT);
			return YES.contains(lower) ? Boolean.TRUE : NO.contains(lower) ? Boolean.FALSE : value;
		}
		if (q.type() == QuestionType.SINGLE_CHOICE) {
			return choice(q, value);
		}
		if (q.type() == QuestionType.MULTIPLE_CHOICE) {
			List<Object> picked = new ArrayList<>();
			for (String part : value.split("[;,]")) {
				if (!part.isBlank()) {
					picked.add(choice(q, part.strip()));
				}
			}
			return picked;
		}
		return value;
	}

	private static String choice(Question q, String value) {
		for (Choice c : q.choices()) {
			if (c.id().equalsIgnoreCase(value) || c.label().values().values().stream().anyMatch(value::equalsIgnoreCase)) {
				return c.id();
			}
		}
		return value;
	}

	private Instant time(String value) {
		String text = value.strip();
		if (text.isEmpty()) {
			throw Problem.invalid("import-time", value);
		}
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException notOffset) {
			for (DateTimeFormatter format : LOCAL_TIMES) {
				try {
					return LocalDateTime.parse(text, format).atZone(zone).toInstant();
				}
				catch (DateTimeParseException tryNext) {
					// the next format may fit
				}
			}
		}
		throw Problem.invalid("import-time", value);
	}

	private UUID branch(String value) {
		String text = value.strip();
		if (text.isEmpty()) {
			return null;
		}
		UUID byName = branchesByName.get(text.toLowerCase(Locale.ROOT));
		if (byName != null) {
			return byName;
		}
		try {
			UUID id = UUID.fromString(text);
			if (branchIds.contains(id)) {
				return id;
			}
		}
		catch (IllegalArgumentException notAnId) {
			// reported below as an unknown branch
		}
		throw Problem.invalid("branch-unknown", text);
	}

	private static Channel channel(String value) {
		if (value.isBlank()) {
			return Channel.IMPORT;
		}
		try {
			return Channel.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw Problem.invalid("import-channel", value);
		}
	}
}
