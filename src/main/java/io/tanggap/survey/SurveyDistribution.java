package io.tanggap.survey;

import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import io.tanggap.identity.Actor;
import io.tanggap.identity.Branch;
import io.tanggap.identity.BranchDirectory;
import io.tanggap.identity.Languages;
import io.tanggap.identity.PublicAddress;
import io.tanggap.identity.Workspace;
import io.tanggap.identity.WorkspaceSetup;
import io.tanggap.shared.Problem;

/**
 * What a business shares to collect answers: links per channel, QR codes, printable table cards and
 * WhatsApp links. Only for surveys of the caller's workspace (404 otherwise) and its branches (422).
 */
@Service
class SurveyDistribution {

	static final int MIN_QR_SIZE = 128;
	static final int MAX_QR_SIZE = 2048;

	/** A PDF with the file name it is offered under. */
	record Document(String fileName, byte[] content) {
	}

	/** A WhatsApp click-to-chat link and the message it types in. */
	record WhatsAppLink(String url, String message) {
	}

	private final SurveyManagement surveys;
	private final BranchDirectory branches;
	private final WorkspaceSetup workspaces;
	private final MessageSource messages;
	private final SurveyLinks links;

	SurveyDistribution(SurveyManagement surveys, BranchDirectory branches, WorkspaceSetup workspaces,
			MessageSource messages, PublicAddress address) {
		this.surveys = surveys;
		this.branches = branches;
		this.workspaces = workspaces;
		this.messages = messages;
		this.links = new SurveyLinks(address.base());
	}

	String link(Actor actor, SurveyId id, String channel, UUID branch, String touchpoint) {
		Survey survey = surveys.get(actor, id);
		branch(actor, branch);
		return links.link(survey.id(), new SurveyLinks.Attribution(LinkChannel.of(channel), branch, touchpoint, null));
	}

	byte[] qrPng(Actor actor, SurveyId id, UUID branch, int size) {
		if (size < MIN_QR_SIZE || size > MAX_QR_SIZE) {
			// as text, so that the message shows 2048 and not a grouped 2.048
			throw Problem.invalid("qr-size", String.valueOf(size), String.valueOf(MIN_QR_SIZE), String.valueOf(MAX_QR_SIZE));
		}
		return QrCodes.png(qrLink(actor, id, branch), size);
	}

	String qrSvg(Actor actor, SurveyId id, UUID branch) {
		return QrCodes.svg(qrLink(actor, id, branch));
	}

	Document tableCard(Actor actor, SurveyId id, UUID branch) {
		Survey survey = surveys.get(actor, id);
		String branchName = branch(actor, branch);
		String business = workspaces.find(actor.workspace()).map(Workspace::name).orElse(survey.name());
		String link = links.link(survey.id(), SurveyLinks.Attribution.of(LinkChannel.QR, branch));
		String shown = links.plain(survey.id()).replaceFirst("^https?://", "");
		byte[] pdf = TableCards.pdf(business, branchName, link, shown);
		return new Document("kartu-meja-" + slug(branchName != null ? branchName : business) + ".pdf", pdf);
	}

	/** @param language of the message: {@code id} (the default) or {@code en} */
	WhatsAppLink whatsApp(Actor actor, SurveyId id, UUID branch, String phone, String language, String token) {
		Survey survey = surveys.get(actor, id);
		branch(actor, branch);
		Locale locale = Locale.forLanguageTag(language(language));
		String link = links.link(survey.id(), new SurveyLinks.Attribution(LinkChannel.WHATSAPP, branch, null, token));
		String message = messages.getMessage("survey.whatsapp-message", new Object[] { link }, locale);
		return new WhatsAppLink(SurveyLinks.whatsApp(phone, message), message);
	}

	private String qrLink(Actor actor, SurveyId id, UUID branch) {
		Survey survey = surveys.get(actor, id);
		branch(actor, branch);
		return links.link(survey.id(), SurveyLinks.Attribution.of(LinkChannel.QR, branch));
	}

	/** @return the branch's name, null for no branch, or a 422 problem for one not in the workspace */
	private String branch(Actor actor, UUID branch) {
		if (branch == null) {
			return null;
		}
		return branches.find(actor.workspace(), branch).map(Branch::name)
			.orElseThrow(() -> Problem.invalid("branch-unknown", branch));
	}

	private static String language(String code) {
		if (code == null || code.isBlank()) {
			return Languages.DEFAULT;
		}
		String normalised = code.strip().toLowerCase(Locale.ROOT);
		if (!Languages.SUPPORTED.contains(normalised)) {
			throw Problem.invalid("language-unsupported", code);
		}
		return normalised;
	}

	/** A file-name part in ASCII: {@code Kopi Nusantara — Sudirman} becomes {@code kopi-nusantara-sudirman}. */
	static String slug(String name) {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		return slug.isEmpty() ? "tanggap" : slug.substring(0, Math.min(60, slug.length()));
	}
}
