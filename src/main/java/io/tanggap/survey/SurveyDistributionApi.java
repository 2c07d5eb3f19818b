package io.tanggap.survey;

import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.tanggap.identity.Actors;

/**
 * {@code /api/v1/surveys/{id}/…}: the survey's public links, QR codes, table card and WhatsApp link.
 * Content types are set on the answer rather than declared with {@code produces}, so that a problem
 * is still answered as JSON.
 */
@RestController
@RequestMapping({ "/api/v1/surveys/{id}", "/surveys/{id}/share" })
class SurveyDistributionApi {

	static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

	/** A link; {@code message} only for WhatsApp links. */
	record LinkView(String url, String message) {
	}

	private final SurveyDistribution distribution;

	SurveyDistributionApi(SurveyDistribution distribution) {
		this.distribution = distribution;
	}

	@GetMapping("/link")
	LinkView link(@PathVariable UUID id, @RequestParam(required = false) String channel,
			@RequestParam(required = false) UUID branch, @RequestParam(required = false) String touchpoint) {
		return new LinkView(distribution.link(Actors.require(), new SurveyId(id), channel, branch, touchpoint), null);
	}

	@GetMapping("/qr.png")
	ResponseEntity<byte[]> qrPng(@PathVariable UUID id, @RequestParam(required = false) UUID branch,
			@RequestParam(defaultValue = "512") int size) {
		byte[] png = distribution.qrPng(Actors.require(), new SurveyId(id), branch, size);
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(png);
	}

	@GetMapping("/qr.svg")
	ResponseEntity<String> qrSvg(@PathVariable UUID id, @RequestParam(required = false) UUID branch) {
		return ResponseEntity.ok().contentType(SVG).body(distribution.qrSvg(Actors.require(), new SurveyId(id), branch));
	}

	@GetMapping("/table-card.pdf")
	ResponseEntity<byte[]> tableCard(@PathVariable UUID id, @RequestParam(required = false) UUID branch) {
		SurveyDistribution.Document card = distribution.tableCard(Actors.require(), new SurveyId(id), branch);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(card.fileName()).build().toString())
			.body(card.content());
	}

	@GetMapping("/whatsapp-link")
	LinkView whatsApp(@PathVariable UUID id, @RequestParam(required = false) UUID branch,
			@RequestParam(required = false) String phone, @RequestParam(required = false) String language,
			@RequestParam(required = false) String token) {
		SurveyDistribution.WhatsAppLink link = distribution.whatsApp(Actors.require(), new SurveyId(id), branch, phone,
				language, token);
		return new LinkView(link.url(), link.message());
	}
}
