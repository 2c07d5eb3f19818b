package io.tanggap.textanalytics;

import java.util.List;

import io.tanggap.feedback.ResponseId;
import io.tanggap.shared.WorkspaceId;

/**
 * A new comment (an open-text answer of a response just stored) was read and its reading stored,
 * in the transaction this event is published in. Not published when comments are read again after
 * the workspace's themes changed: those are not new.
 * @param questionId the open-text question the comment answers
 * @param confidence the probability of {@code sentiment}, 0..1
 * @param themes the themes the comment mentions, each with the sentiment of what it says about it
 */
public record CommentAnalyzed(WorkspaceId workspace, ResponseId response, String questionId, TextLanguage language,
		Sentiment sentiment, double confidence, List<ThemeMention> themes) {

	public CommentAnalyzed {
		themes = List.copyOf(themes);
	}
}
