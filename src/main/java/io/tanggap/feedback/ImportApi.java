package io.tanggap.feedback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.tanggap.identity.Actor;
import io.tanggap.identity.Actors;
import io.tanggap.identity.Role;
import io.tanggap.shared.Problem;
import io.tanggap.survey.SurveyId;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Importing a CSV or XLSX file of earlier responses: {@code dryRun=true} only checks. The optional
 * {@code mapping} part is an {@link ImportMapping} as JSON, laid over the defaults from the headers.
 */
@RestController
class ImportApi {

	private final ResponseImport imports;
	private final JsonMapper json;
	private final MessageSource messages;

	ImportApi(ResponseImport imports, JsonMapper json, MessageSource messages) {
		this.imports = imports;
		this.json = json;
		this.messages = messages;
	}

	@PostMapping("/api/v1/surveys/{surveyId}/imports")
	ImportReport.Translated post(@PathVariable UUID surveyId, @RequestParam(defaultValue = "true") boolean dryRun,
			@RequestPart("file") MultipartFile file, @RequestPart(name = "mapping", required = false) String mapping) {
		Actor actor = Actors.require().requireRole(Role.ADMIN);
		SpreadsheetRows sheet = SpreadsheetRows.read(file.getOriginalFilename(), bytes(file));
		ImportReport report = imports.run(actor.workspace(), new SurveyId(surveyId), sheet, parse(mapping), dryRun,
				done -> {
				});
		return report.translated(messages, LocaleContextHolder.getLocale());
	}

	private ImportMapping parse(String mapping) {
		if (mapping == null || mapping.isBlank()) {
			return null;
		}
		try {
			return json.readValue(mapping, ImportMapping.class);
		}
		catch (JacksonException e) {
			throw Problem.invalid("malformed-body");
		}
	}

	static byte[] bytes(MultipartFile file) {
		if (file.getSize() > SpreadsheetRows.MAX_BYTES) {
			throw Problem.invalid("import-file-too-large", SpreadsheetRows.MAX_BYTES / (1024 * 1024));
		}
		try {
			return file.getBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
