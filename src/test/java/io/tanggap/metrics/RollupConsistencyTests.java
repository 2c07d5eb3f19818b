package io.tanggap.metrics;

import static io.tanggap.metrics.MetricsSurveys.CES;
import static io.tanggap.metrics.MetricsSurveys.CSAT;
import static io.tanggap.metrics.MetricsSurveys.NPS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.tanggap.TestWorkspaces;
import io.tanggap.feedback.Channel;
import io.tanggap.feedback.FeedbackIntake;
import io.tanggap.feedback.ResponseChanges;
import io.tanggap.feedback.ResponseId;
import io.tanggap.feedback.Submission;
import io.tanggap.identity.BranchDirectory;
import io.tanggap.identity.WorkspaceSetup;
import io.tanggap.survey.HiddenAnswers;
import io.tanggap.survey.MetricRole;
import io.tanggap.survey.Question;
import io.tanggap.survey.QuestionType;
import io.tanggap.survey.SurveyDefinition;
import io.tanggap.survey.SurveyId;
import io.tanggap.survey.SurveyManagement;
import io.tanggap.survey.Text;

/**
 * The rollups always equal a count of the raw answers: a seeded random workload of submissions
 * (concurrent, through the shared commit, and inside callers' transactions), repeated keys, a new
 * survey version, deleted responses and corrected branches, touchpoints and channels, with times
 * around local midnight; then a rebuild, and a change of the workspace's time zone.
 */
abstract class RollupConsistencyTests {

	private static final Channel[] CHANNELS = { Channel.LINK, Channel.QR, Channel.WIDGET, Channel.EMAIL,
			Channel.WHATSAPP, Channel.API };
	private static final String[] TOUCHPOINTS = { null, "kasir", "antar", "meja" };

	@Autowired
	TestWorkspaces workspaces;

	@Autowired
	SurveyManagement surveys;

	@Autowired
	FeedbackIntake intake;

	@Autowired
	ResponseChanges changes;

	@Autowired
	BranchDirectory branches;

	@Autowired
	WorkspaceSetup workspaceSetup;

	@Autowired
	RollupRecorder recorder;

	@Autowired
	MetricsQuery query;

	@Autowired
	Segments segments;

	@Autowired
	RollupCube cube;

	@Autowired
	ScoreRollups table;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void rollupsEqualACountOfTheRawAnswersThroughARandomWorkload() throws Exception {
		var workspace = workspaces.create();
		var owner = workspace.owner();
		UUID rows = workspace.id().value();
		List<UUID> branchIds = new ArrayList<>();
		branchIds.add(null);
		branchIds.add(branches.add(owner, "Cabang Kemang", "Jakarta", null).id());
		branchIds.add(branches.add(owner, "Cabang Dago", "Bandung", null).id());
		SurveyId survey = surveys.publish(owner, surveys.create(owner, "Konsistensi", definition(false)).id()).id();
		SplittableRandom random = new SplittableRandom(20261125);
		// Around local midnight in Jakarta (17:00 UTC) over four days, so that local days matter.
		Instant base = Instant.parse("2026-11-01T17:00:00Z");
		List<ResponseId> stored = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			for (int round = 0; round < 4; round++) {
				if (round == 2) {
					surveys.edit(owner, survey, "Konsistensi", definition(true));
					surveys.publish(owner, survey);
				}
				List<Future<FeedbackIntake.Receipt>> posted = new ArrayList<>();
				for (int i = 0; i < 60; i++) {
					Submission submission = submission(survey, random, base, branchIds, round, i);
					boolean inTransaction = random.nextInt(4) == 0;
					posted.add(pool.submit(() -> inTransaction
							? transactions.execute(status -> intake.submit(workspace.id(), submission))
							: intake.submit(workspace.id(), submission)));
					if (i % 20 == 10) {
						// The cube is dropped and read again while responses are committed.
						cube.forget(workspace.id());
						pool.submit(() -> query.histograms(workspace.id(), new Period(java.time.LocalDate.of(2026, 11, 1),
								java.time.LocalDate.of(2026, 11, 5)), Segment.ALL));
					}
					if (random.nextInt(10) == 0) {
						// A retry of the same submission: counted once.
						posted.add(pool.submit(() -> intake.submit(workspace.id(), submission)));
					}
				}
				for (var future : posted) {
					FeedbackIntake.Receipt receipt = future.get();
					if (!receipt.duplicate()) {
						stored.add(receipt.response());
					}
				}
				for (int i = 0; i < 8; i++) {
					ResponseId victim = stored.remove(random.nextInt(stored.size()));
					changes.delete(owner, victim);
				}
				for (int i = 0; i < 12; i++) {
					ResponseId moved = stored.get(random.nextInt(stored.size()));
					changes.correct(owner, moved, new ResponseChanges.Correction(CHANNELS[random.nextInt(CHANNELS.length)],
							branchIds.get(random.nextInt(branchIds.size())), TOUCHPOINTS[random.nextInt(TOUCHPOINTS.length)]));
				}
				assertThat(RollupCells.difference(RollupCells.inTable(jdbc, rows), RollupCells.recounted(jdbc, rows,
						ZoneId.of("Asia/Jakarta")))).as("round %d", round).isEmpty();
				scanEqualsRollups(owner, survey, branchIds, random);
				cubeEqualsTable(workspace.id(), survey, branchIds, random);
			}
		}
		finally {
			pool.shutdown();
		}
		// Answers on a line there was none of yet, in a transaction that fails after its rollups were
		// written: the line's number names no line and must not be remembered; the same answers
		// committed later are counted.
		Submission drafted = submission(survey, random, base, branchIds, 7, 0);
		Submission onNewLine = new Submission(drafted.survey(), drafted.idempotencyKey(), drafted.answers(),
				drafted.channel(), drafted.branch(), "Teras belakang", drafted.customerRef(), drafted.language(),
				drafted.submittedAt(), drafted.hidden());
		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
			intake.submit(workspace.id(), onNewLine);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void beforeCommit(boolean readOnly) {
					throw new IllegalStateException("a later step fails");
				}
			});
		})).hasMessageContaining("a later step fails");
		intake.submit(workspace.id(), onNewLine);
		assertThat(RollupCells.difference(RollupCells.inTable(jdbc, rows), RollupCells.recounted(jdbc, rows,
				ZoneId.of("Asia/Jakarta")))).as("after a new line rolled back and committed").isEmpty();

		Map<String, Long> incremental = RollupCells.inTable(jdbc, rows);
		assertThat(incremental).isNotEmpty();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM survey_response WHERE workspace_id = ? AND scores IS NULL",
				Long.class, rows)).as("responses stored without their scores beside them").isZero();
		// A damaged table, as after a change made directly in the database: a count changed, a row
		// removed and a row that no answer stands behind. The rebuild puts it right.
		List<Map<String, Object>> kept = jdbc.queryForList("SELECT r.line_id, r.local_day FROM score_rollup r "
				+ "JOIN score_rollup_line l ON l.id = r.line_id WHERE l.workspace_id = ? ORDER BY r.line_id, r.local_day", rows);
		jdbc.update("UPDATE score_rollup SET n7 = n7 + 3 WHERE line_id = ? AND local_day = ?", kept.get(0).get("line_id"),
				kept.get(0).get("local_day"));
		jdbc.update("DELETE FROM score_rollup WHERE line_id = ? AND local_day = ?", kept.get(1).get("line_id"),
				kept.get(1).get("local_day"));
		jdbc.update("INSERT INTO score_rollup (line_id, local_day, " + ScoreRollups.COUNTS + ") VALUES (?, DATE '2020-02-29', "
				+ "0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0)", kept.get(2).get("line_id"));
		assertThat(RollupCells.difference(RollupCells.inTable(jdbc, rows), incremental)).as("the damage").isNotEmpty();
		transactions.executeWithoutResult(status -> recorder.rebuild(workspace.id()));
		assertThat(RollupCells.difference(RollupCells.inTable(jdbc, rows), incremental))
			.as("after a rebuild from the scores beside each response").isEmpty();
		// Responses as stored before their scores were written beside them, and one whose scores do
		// not fit its version: counted from their answer rows, in the same ranges as the others.
		List<UUID> ids = jdbc.queryForList("SELECT id FROM survey_response WHERE workspace_id = ? ORDER BY id", UUID.class,
				rows);
		for (int i = 0; i < ids.size(); i += 3) {
			jdbc.update("UPDATE survey_response SET scores = ? WHERE id = ?", i == 0 ? "9" : null, ids.get(i));
		}
		// Ranges of about seven responses each, counted on two connections at once and on the caller's
		// alone: the ranges' bounds, the open last range, and the rows that several ranges count.
		for (boolean alone : List.of(true, false)) {
			transactions.executeWithoutResult(status -> table.rebuild(workspace.id(), ZoneId.of("Asia/Jakarta"), alone, 2, 7));
			assertThat(RollupCells.difference(RollupCells.inTable(jdbc, rows), incremental))
				.as("after a rebuild by small ranges, a third without scores beside them, on other connections: %s", alone)
				.isEmpty();
		}
		cubeEqualsTable(workspace.id(), survey, branchIds, random);

		// Just after local midnight in Los Angeles before summer time ends there (07:30 UTC is 00:30 PDT on
		// 1 November) and just before it after (07:30 UTC is 23:30 PST on 1 November): the rebuild must
		// use the offset of each answer's own instant.
		for (String at : List.of("2026-11-01T07:30:00Z", "2026-11-02T07:30:00Z")) {
			Submission near = submission(survey, random, base, branchIds, 8, at.hashCode());
			intake.submit(workspace.id(), new Submission(near.survey(), near.idempotencyKey(), near.answers(),
					near.channel(), near.branch(), near.touchpoint(), near.customerRef(), near.language(),
					Instant.parse(at), near.hidden()));
		}
		workspaceSetup.change(owner, workspace.name(), "America/Los_Angeles", "IDR", "id");
		Map<String, Long> moved = RollupCells.inTable(jdbc, rows);
		assertThat(RollupCells.difference(moved, RollupCells.recounted(jdbc, rows, ZoneId.of("America/Los_Angeles"))))
			.as("after a change of time zone").isEmpty();
		assertThat(moved).isNotEqualTo(incremental);
		cubeEqualsTable(workspace.id(), survey, branchIds, random);
		// Later responses are counted in the new zone.
		intake.submit(workspace.id(), submission(survey, random, base, branchIds, 9, 0));
		assertThat(RollupCells.difference(RollupCells.inTable(jdbc, rows),
				RollupCells.recounted(jdbc, rows, ZoneId.of("America/Los_Angeles")))).isEmpty();
		cubeEqualsTable(workspace.id(), survey, branchIds, random);
	}

	/**
	 * The rollups held in memory give the same sums as SQL over the rollup table, for random periods,
	 * segments, groupings and buckets.
	 */
	private void cubeEqualsTable(io.tanggap.shared.WorkspaceId workspace, SurveyId survey, List<UUID> branchIds,
			SplittableRandom random) {
		Dimension[] dimensions = { null, Dimension.BRANCH, Dimension.CHANNEL, Dimension.TOUCHPOINT, Dimension.SURVEY };
		Granularity[] granularities = { null, Granularity.DAY, Granularity.WEEK, Granularity.MONTH, Granularity.QUARTER };
		java.time.LocalDate first = java.time.LocalDate.of(2026, 10, 28);
		int withAnswers = 0;
		for (int i = 0; i < 40; i++) {
			java.time.LocalDate from = first.plusDays(random.nextInt(8));
			Period period = new Period(from, from.plusDays(random.nextInt(40)));
			Segment segment = i % 4 == 0 ? Segment.ALL
					: new Segment(random.nextBoolean() ? survey.value() : null,
							random.nextBoolean() ? CHANNELS[random.nextInt(CHANNELS.length)] : null,
							random.nextInt(3) == 0 ? branchIds.get(1 + random.nextInt(branchIds.size() - 1)) : null,
							random.nextInt(3) == 0
									? java.util.Objects.requireNonNullElse(TOUCHPOINTS[random.nextInt(TOUCHPOINTS.length)], "")
									: null);
			Dimension firstDimension = dimensions[random.nextInt(dimensions.length)];
			Dimension second = firstDimension == null ? null : dimensions[random.nextInt(dimensions.length)];
			CellTotals.CellQuery cellQuery = new CellTotals.CellQuery(period, segment, firstDimension,
					second == firstDimension ? null : second, granularities[random.nextInt(granularities.length)]);
			CellTotals inMemory = new CellTotals();
			assertThat(cube.sum(workspace, cellQuery, inMemory)).as("the cube answers %s", cellQuery).isTrue();
			CellTotals fromTable = new CellTotals();
			table.sum(workspace, cellQuery, fromTable);
			assertThat(inMemory.histograms()).as("%s", cellQuery).isEqualTo(fromTable.histograms());
			withAnswers += fromTable.histograms().isEmpty() ? 0 : 1;
		}
		assertThat(withAnswers).as("queries with answers among those compared").isGreaterThan(20);
	}

	/** The scan path gives the same figures as the rollups for standard segments and periods. */
	private void scanEqualsRollups(io.tanggap.identity.Actor owner, SurveyId survey, List<UUID> branchIds,
			SplittableRandom random) {
		java.time.LocalDate first = java.time.LocalDate.of(2026, 11, 1);
		int withAnswers = 0;
		for (int i = 0; i < 6; i++) {
			java.time.LocalDate from = first.plusDays(random.nextInt(4));
			Period period = new Period(from, from.plusDays(random.nextInt(3)));
			UUID branch = branchIds.get(random.nextInt(branchIds.size()));
			Segment segment = new Segment(random.nextBoolean() ? survey.value() : null,
					random.nextBoolean() ? CHANNELS[random.nextInt(CHANNELS.length)] : null, branch,
					random.nextBoolean() ? TOUCHPOINTS[1 + random.nextInt(TOUCHPOINTS.length - 1)] : null);
			Map<String, Figure> rollup = new TreeMap<>();
			query.measure(owner, period, segment).figures().forEach(m -> rollup.put(m.figure().key(), m.figure()));
			assertThat(segments.scanned(owner, period, segment)).as("%s %s", period, segment).isEqualTo(rollup);
			withAnswers += rollup.isEmpty() ? 0 : 1;
		}
		Map<String, Figure> whole = new TreeMap<>();
		query.measure(owner, new Period(first, first.plusDays(4)), Segment.ALL).figures()
			.forEach(m -> whole.put(m.figure().key(), m.figure()));
		assertThat(whole).isNotEmpty();
		assertThat(segments.scanned(owner, new Period(first, first.plusDays(4)), Segment.ALL)).isEqualTo(whole);
		assertThat(withAnswers).as("segments with answers among those compared").isPositive();
	}

	private static Submission submission(SurveyId survey, SplittableRandom random, Instant base, List<UUID> branchIds,
			int round, int i) {
		Map<String, Object> answers = new HashMap<>();
		answers.put("nps", random.nextInt(11));
		if (random.nextInt(5) > 0) {
			answers.put("csat", 1 + random.nextInt(5));
		}
		if (random.nextBoolean()) {
			answers.put("ces", 1 + random.nextInt(7));
		}
		if (random.nextBoolean()) {
			answers.put("comment", "Kopinya enak");
		}
		if (round >= 2 && random.nextBoolean()) {
			answers.put("staff", 1 + random.nextInt(5));
		}
		Instant at = base.plus(Duration.ofDays(random.nextInt(4))).plus(Duration.ofMinutes(random.nextInt(-90, 90)));
		return new Submission(survey, "k-" + round + "-" + i + "-" + random.nextInt(1_000_000), answers,
				CHANNELS[random.nextInt(CHANNELS.length)], branchIds.get(random.nextInt(branchIds.size())),
				TOUCHPOINTS[random.nextInt(TOUCHPOINTS.length)], null, "id", at, HiddenAnswers.REJECT);
	}

	private static SurveyDefinition definition(boolean withStaff) {
		List<Question> questions = new ArrayList<>(List.of(
				NPS,
				CSAT,
				CES,
				new Question("comment", QuestionType.TEXT, Text.of("Komentar", "Comment"), false, null, null, null)));
		if (withStaff) {
			questions.add(new Question("staff", QuestionType.RATING_STARS, Text.of("Staf", "Staff"), false,
					MetricRole.DRIVER, null, null));
		}
		return new SurveyDefinition(List.of("id", "en"), Text.of("Konsistensi", "Consistency"), questions, null);
	}
}
