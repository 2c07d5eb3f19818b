package io.tanggap.survey;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.tanggap.identity.Actor;
import io.tanggap.identity.Role;
import io.tanggap.shared.Problem;
import io.tanggap.shared.WorkspaceId;

/**
 * Creating, editing, publishing and closing surveys, and checking answers against the version that
 * is open. Editing changes only the draft; respondents keep answering the published version until
 * the draft is published as the next one.
 */
@Service
public class SurveyManagement {

	private final Surveys surveys;
	private final SurveyTemplates templates;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	SurveyManagement(Surveys surveys, SurveyTemplates templates, ApplicationEventPublisher events, Clock clock) {
		this.surveys = surveys;
		this.templates = templates;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Survey> all(Actor actor) {
		return surveys.all(actor.workspace());
	}

	@Transactional(readOnly = true)
	public Survey get(Actor actor, SurveyId id) {
		return find(actor.workspace(), id);
	}

	@Transactional
	public Survey create(Actor actor, String name, SurveyDefinition draft) {
		actor.requireRole(Role.ADMIN);
		Instant now = clock.instant();
		Survey survey = new Survey(SurveyId.random(), actor.workspace(), name(name), Survey.Status.DRAFT,
				draft.check(), null, now, now);
		surveys.insert(survey);
		return survey;
	}

	/**
	 * Starts a draft from a template, to be adapted and published like any other survey.
	 * @param name blank for the template's Indonesian name
	 * @throws Problem 404 for an unknown template
	 */
	@Transactional
	public Survey createFromTemplate(Actor actor, String templateKey, String name) {
		actor.requireRole(Role.ADMIN);
		SurveyTemplate template = templates.find(templateKey).orElseThrow(() -> Problem.notFound("survey-template"));
		String chosen = name == null || name.isBlank() ? template.name().in("id", "en") : name;
		return create(actor, chosen, template.definition());
	}

	@Transactional
	public Survey edit(Actor actor, SurveyId id, String name, SurveyDefinition draft) {
		actor.requireRole(Role.ADMIN);
		Survey edited = find(actor.workspace(), id).edit(name(name), draft.check(), clock.instant());
		surveys.update(edited);
		return edited;
	}

	/** Freezes the draft as the next version, which respondents answer from now on. */
	@Transactional
	public Survey publish(Actor actor, SurveyId id) {
		actor.requireRole(Role.ADMIN);
		Instant now = clock.instant();
		Survey published = find(actor.workspace(), id).publish(now);
		surveys.update(published);
		surveys.insertVersion(published, now);
		events.publishEvent(new SurveyPublished(actor.workspace(), id, published.publishedVersion(), published.name()));
		return published;
	}

	@Transactional
	public Survey close(Actor actor, SurveyId id) {
		actor.requireRole(Role.ADMIN);
		Survey closed = find(actor.workspace(), id).close(clock.instant());
		surveys.update(closed);
		return closed;
	}

	/** @return the newest published definition, or the draft of a survey never published (404 for an unknown one) */
	@Transactional(readOnly = true)
	public SurveyDefinition newest(Actor actor, SurveyId id) {
		Survey survey = get(actor, id);
		return survey.publishedVersion() == null ? survey.draft()
				: surveys.version(id, survey.publishedVersion()).orElseThrow(() -> Problem.notFound("survey-version"));
	}

	/** @return the definition respondents answer, or 404 when the version does not exist */
	@Transactional(readOnly = true)
	public SurveyDefinition version(WorkspaceId workspace, SurveyId id, int version) {
		find(workspace, id);
		return surveys.version(id, version).orElseThrow(() -> Problem.notFound("survey-version"));
	}

	/**
	 * Checks answers against the version that is open now. Needs no transaction: a survey's state is
	 * remembered for a second (a change on this node is seen at once) and published versions never change.
	 * @throws Problem 404 for an unknown survey, 409 when it takes no answers, 422 for wrong answers
	 */
	public CheckedAnswers check(WorkspaceId workspace, SurveyId id, Map<String, Object> answers,
			HiddenAnswers hidden) {
		OpenSurvey open = open(surveys.state(id).filter(state -> state.workspace().equals(workspace))
			.orElseThrow(() -> Problem.notFound("survey")));
		List<AnsweredQuestion> checked = AnswerCheck.check(open.definition(), answers, hidden);
		return new CheckedAnswers(id, open.version(), open.definition().defaultLanguage(),
				open.definition().languages(), checked, ScoresByQuestion.of(open.definition(), checked));
	}

	/** @return every published version of the workspace's surveys, by survey and version number */
	@Transactional(readOnly = true)
	public Map<SurveyId, Map<Integer, SurveyDefinition>> publishedVersions(WorkspaceId workspace) {
		Map<SurveyId, Map<Integer, SurveyDefinition>> versions = new HashMap<>();
		surveys.versionsOf(workspace).forEach((survey, numbers) -> {
			for (int number : numbers) {
				surveys.version(survey, number).ifPresent(
						definition -> versions.computeIfAbsent(survey, s -> new HashMap<>()).put(number, definition));
			}
		});
		return versions;
	}

	/** The draft as respondents will see it once published: for staff to try, never answered. */
	@Transactional(readOnly = true)
	public OpenSurvey preview(Actor actor, SurveyId id) {
		Survey survey = find(actor.workspace(), id);
		int next = survey.publishedVersion() == null ? 1 : survey.publishedVersion() + 1;
		return new OpenSurvey(survey.workspace(), survey.id(), next, survey.draft());
	}

	/**
	 * The survey behind a public link: found by id alone, since the respondent has no workspace.
	 * @throws Problem 404 for an unknown survey, 409 when it takes no answers
	 */
	public OpenSurvey openForRespondents(SurveyId id) {
		return open(surveys.state(id).orElseThrow(() -> Problem.notFound("survey")));
	}

	private OpenSurvey open(Surveys.State survey) {
		if (survey.status() != Survey.Status.PUBLISHED) {
			throw Problem.conflict("survey-not-open", survey.name());
		}
		SurveyDefinition definition = surveys.version(survey.id(), survey.publishedVersion()).orElseThrow();
		return new OpenSurvey(survey.workspace(), survey.id(), survey.publishedVersion(), definition);
	}

	private Survey find(WorkspaceId workspace, SurveyId id) {
		return surveys.find(workspace, id).orElseThrow(() -> Problem.notFound("survey"));
	}

	private static String name(String name) {
		String stripped = name == null ? "" : name.strip();
		if (stripped.isEmpty()) {
			throw Problem.invalid("required", "name");
		}
		if (stripped.length() > 100) {
			throw Problem.invalid("too-long", "name", 100);
		}
		return stripped;
	}
}
