package io.tanggap.textanalytics;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.tanggap.feedback.Comments;
import io.tanggap.feedback.ResponseId;
import io.tanggap.feedback.ResponseSubmitted;
import io.tanggap.shared.WorkspaceId;
import io.tanggap.survey.AnsweredQuestion;
import io.tanggap.survey.QuestionType;

/**
 * Reads comments with the shipped {@link TextAnalyzer} for their workspace's themes and stores the
 * readings, each stamped with the taxonomy's revision it was read for. The workspace's taxonomy is
 * locked while its comments are read and stored, so an edit of its themes comes wholly before or
 * after. A comment the analyzer fails on is left unread (and logged), never the others.
 */
@Service
class CommentReading {

	private static final Logger LOG = LoggerFactory.getLogger(CommentReading.class);

	private final TextAnalyzer analyzer = TextAnalyzer.shipped();
	private final WorkspaceTaxonomies taxonomies;
	private final WorkspaceThemes themes;
	private final CommentAnalyses analyses;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	CommentReading(WorkspaceTaxonomies taxonomies, WorkspaceThemes themes, CommentAnalyses analyses,
			ApplicationEventPublisher events, Clock clock) {
		this.taxonomies = taxonomies;
		this.themes = themes;
		this.analyses = analyses;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Reads the comments of responses just stored, replaces any earlier reading of them (the same
	 * responses announced again) and announces each as {@link CommentAnalyzed}.
	 */
	@Transactional
	void readNew(List<ResponseSubmitted> responses) {
		// Workspaces in a fixed order, so that two batches lock their taxonomies in the same order.
		Map<WorkspaceId, List<ResponseSubmitted>> byWorkspace = new TreeMap<>(
				Comparator.comparing((WorkspaceId w) -> w.value()));
		responses.forEach(r -> byWorkspace.computeIfAbsent(r.workspace(), w -> new ArrayList<>()).add(r));
		byWorkspace.forEach((workspace, submitted) -> {
			int revision = taxonomies.lockedRevision(workspace);
			Taxonomy taxonomy = themes.taxonomy(workspace);
			Instant now = clock.instant();
			List<CommentAnalyses.Stored> read = new ArrayList<>();
			for (ResponseSubmitted response : submitted) {
				for (AnsweredQuestion answer : response.answers()) {
					if (answer.type() == QuestionType.TEXT && answer.text() != null) {
						read(answer.text(), taxonomy, response.response(), answer.questionId())
							.ifPresent(analysis -> read.add(new CommentAnalyses.Stored(workspace, response.response(),
									answer.questionId(), response.submittedAt(), analysis, revision, now)));
					}
				}
			}
			analyses.replace(read);
			read.forEach(s -> events.publishEvent(new CommentAnalyzed(workspace, s.response(), s.questionId(),
					s.analysis().language(), s.analysis().sentiment(), s.analysis().confidence(), s.analysis().themes())));
		});
	}

	/**
	 * Reads again those of the comments whose reading is missing or was for an earlier revision of the
	 * workspace's taxonomy; the caller's transaction holds the result.
	 * @return the revision they were read for
	 */
	int readAgain(WorkspaceId workspace, List<Comments.Comment> comments) {
		int revision = taxonomies.lockedRevision(workspace);
		Map<Comments.Position, Integer> stored = analyses.revisions(comments.stream().map(Comments.Comment::position).toList());
		Taxonomy taxonomy = null;
		Instant now = clock.instant();
		List<CommentAnalyses.Stored> read = new ArrayList<>();
		for (Comments.Comment comment : comments) {
			Integer before = stored.get(comment.position());
			if (before != null && before >= revision) {
				continue;
			}
			taxonomy = taxonomy != null ? taxonomy : themes.taxonomy(workspace);
			read(comment.text(), taxonomy, comment.response(), comment.questionId())
				.ifPresent(analysis -> read.add(new CommentAnalyses.Stored(workspace, comment.response(),
						comment.questionId(), comment.submittedAt(), analysis, revision, now)));
		}
		analyses.replace(read);
		return revision;
	}

	private Optional<TextAnalysis> read(String text, Taxonomy taxonomy, ResponseId response, String question) {
		try {
			return Optional.of(analyzer.analyze(text, taxonomy));
		}
		catch (RuntimeException e) {
			LOG.warn("Comment {} of response {} could not be read; it stays unread", question, response, e);
			return Optional.empty();
		}
	}
}
