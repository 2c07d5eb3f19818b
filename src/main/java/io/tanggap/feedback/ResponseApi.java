package io.tanggap.feedback;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.tanggap.identity.Actor;
import io.tanggap.identity.Actors;
import io.tanggap.identity.Role;
import io.tanggap.shared.Problem;
import io.tanggap.survey.HiddenAnswers;
import io.tanggap.survey.SurveyId;
import io.tanggap.survey.SurveyManagement;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Posting responses (a point-of-sale system, a script) and reading them back. A post needs an
 * {@code Idempotency-Key} header (or {@code idempotencyKey} field): repeating it returns the first
 * response with 200 instead of storing a second one.
 */
@RestController
class ResponseApi {

	/** A response as posted. */
	record PostedResponse(Map<String, Object> answers, Channel channel, UUID branchId, String touchpoint,
			String customerRef, String language, Instant submittedAt, String idempotencyKey) {
	}

	/** What a post answers. */
	record Posted(ResponseId id, boolean duplicate) {
	}

	private final FeedbackIntake intake;
	private final Responses responses;
	private final SurveyManagement surveys;
	private final ResponseSearch search;
	private final ResponseExport export;
	private final ResponseChanges changes;

	ResponseApi(FeedbackIntake intake, Responses responses, SurveyManagement surveys, ResponseSearch search,
			ResponseExport export, ResponseChanges changes) {
		this.changes = changes;
		this.intake = intake;
		this.responses = responses;
		this.surveys = surveys;
		this.search = search;
		this.export = export;
	}

	/** Who may post responses: agents and above. */
	static final Role POSTING_ROLE = Role.AGENT;

	@PostMapping("/api/v1/surveys/{surveyId}/responses")
	ResponseEntity<Posted> post(@PathVariable UUID surveyId, @RequestBody PostedResponse posted,
			@RequestHeader(name = "Idempotency-Key", required = false) String keyHeader) {
		Actor actor = Actors.require().requireRole(POSTING_ROLE);
		String key = keyHeader != null ? keyHeader : posted.idempotencyKey();
		if (posted.channel() == Channel.IMPORT) {
			throw Problem.invalid("channel-import");
		}
		FeedbackIntake.Receipt receipt = intake.submit(actor.workspace(), new Submission(new SurveyId(surveyId), key,
				posted.answers(), posted.channel() == null ? Channel.API : posted.channel(), posted.branchId(),
				posted.touchpoint(), posted.customerRef(), posted.language(), posted.submittedAt(),
				HiddenAnswers.REJECT));
		Posted body = new Posted(receipt.response(), receipt.duplicate());
		return receipt.duplicate() ? ResponseEntity.status(HttpStatus.OK).body(body)
				: ResponseEntity.created(URI.create("/api/v1/responses/" + receipt.response())).body(body);
	}

	@GetMapping("/api/v1/responses/{id}")
	@Transactional(readOnly = true)
	public SurveyResponse get(@PathVariable UUID id) {
		return responses.find(Actors.require().workspace(), new ResponseId(id))
			.orElseThrow(() -> Problem.notFound("response"));
	}

	/** Deletes a response and its answers (admins); its figures go with it. */
	@DeleteMapping("/api/v1/responses/{id}")
	ResponseEntity<Void> delete(@PathVariable UUID id) {
		changes.delete(Actors.require(), new ResponseId(id));
		return ResponseEntity.noContent().build();
	}

	/** Corrects where a response came from: channel, branch and touchpoint (admins). */
	@PatchMapping("/api/v1/responses/{id}")
	SurveyResponse correct(@PathVariable UUID id, @RequestBody ResponseChanges.Correction correction) {
		return changes.correct(Actors.require(), new ResponseId(id), correction);
	}

	@GetMapping("/api/v1/surveys/{surveyId}/responses")
	@Transactional(readOnly = true)
	public ResponseSearch.Page list(@PathVariable UUID surveyId, @RequestParam(defaultValue = "0") int offset,
			@RequestParam(defaultValue = "50") int limit) {
		Actor actor = Actors.require();
		SurveyId survey = surveys.get(actor, new SurveyId(surveyId)).id();
		if (offset < 0 || limit < 1 || limit > 500) {
			throw Problem.invalid("paging", 500);
		}
		return new ResponseSearch.Page(responses.count(actor.workspace(), survey), offset,
				responses.ofSurvey(actor.workspace(), survey, offset, limit));
	}

	/** Responses that match the filter (see {@link ResponseFilter}), newest first. */
	@GetMapping("/api/v1/responses")
	public ResponseSearch.Page search(@ModelAttribute ResponseFilter.Params filter,
			@RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit) {
		return search.find(Actors.require(), ResponseFilter.of(filter), offset, limit);
	}

	@GetMapping("/api/v1/responses/export.csv")
	void exportCsv(@ModelAttribute ResponseFilter.Params filter, HttpServletResponse response) throws IOException {
		ResponseController.export(export, filter, ResponseExport.Format.CSV, response);
	}

	@GetMapping("/api/v1/responses/export.xlsx")
	void exportXlsx(@ModelAttribute ResponseFilter.Params filter, HttpServletResponse response) throws IOException {
		ResponseController.export(export, filter, ResponseExport.Format.XLSX, response);
	}
}
