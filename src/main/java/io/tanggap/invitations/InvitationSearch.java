package io.tanggap.invitations;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.tanggap.identity.Actor;
import io.tanggap.invitations.Invitation.State;
import io.tanggap.shared.Problem;
import io.tanggap.survey.SurveyId;
import io.tanggap.survey.SurveyManagement;

/**
 * Finding a survey's invitations for staff to look through: who was invited and what became of
 * each, {@value #PAGE_SIZE} at a time, newest first. Every role may read.
 */
@Service
class InvitationSearch {

	static final int PAGE_SIZE = 50;

	/**
	 * A page of the invitations that match a filter. Its methods are public for the template to call.
	 * @param counts per state, of the invitations that match the filter's text, so that each state
	 * to choose shows how many it would find
	 * @param total how many match the whole filter
	 * @param number the page, from 0
	 */
	record Page(Map<State, Integer> counts, int total, int number, List<Invitation> invitations) {

		public int all() {
			return sum(counts);
		}

		/** @return the position of the page's first invitation, from 1 */
		public int first() {
			return number * PAGE_SIZE + 1;
		}

		public int last() {
			return number * PAGE_SIZE + invitations.size();
		}

		public boolean hasNext() {
			return (long) (number + 1) * PAGE_SIZE < total;
		}
	}

	private final SurveyManagement surveys;
	private final SurveyInvitations invitations;

	InvitationSearch(SurveyManagement surveys, SurveyInvitations invitations) {
		this.surveys = surveys;
		this.invitations = invitations;
	}

	/**
	 * @param page from 0; a page before the first is the first, one after the last is the last
	 * @throws Problem 404 for a survey of another workspace
	 */
	@Transactional(readOnly = true)
	Page find(Actor actor, SurveyId id, InvitationFilter filter, int page) {
		SurveyId survey = surveys.get(actor, id).id();
		Map<State, Integer> counts = invitations.counts(actor.workspace(), survey, filter);
		int total = filter.state() == null ? sum(counts) : counts.get(filter.state());
		int number = Math.min(Math.max(0, page), Math.max(0, (total - 1) / PAGE_SIZE));
		return new Page(counts, total, number,
				invitations.matching(actor.workspace(), survey, filter, number * PAGE_SIZE, PAGE_SIZE));
	}

	private static int sum(Map<State, Integer> counts) {
		return counts.values().stream().mapToInt(Integer::intValue).sum();
	}
}
