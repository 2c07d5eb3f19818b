package io.tanggap.invitations;

import java.io.IOException;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.tanggap.identity.Actors;
import io.tanggap.survey.SurveyId;

/** {@code /api/v1/surveys/{id}/invitations}: uploading recipient lists and following their invitations. */
@RestController
@RequestMapping("/api/v1/surveys/{id}/invitations")
class InvitationApi {

	private final InvitationManagement invitations;

	InvitationApi(InvitationManagement invitations) {
		this.invitations = invitations;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	InvitationManagement.Report upload(@PathVariable UUID id, @RequestPart("file") MultipartFile file) throws IOException {
		return invitations.upload(Actors.require(), new SurveyId(id), file.getOriginalFilename(), file.getInputStream());
	}

	@GetMapping
	InvitationManagement.Overview list(@PathVariable UUID id, @RequestParam(defaultValue = "0") int offset,
			@RequestParam(defaultValue = "50") int limit) {
		return invitations.overview(Actors.require(), new SurveyId(id), offset, limit);
	}
}
