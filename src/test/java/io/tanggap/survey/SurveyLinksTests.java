package io.tanggap.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.tanggap.shared.Problem;

/** Survey links carry their attribution URL-encoded; WhatsApp links carry a typed-in message. */
class SurveyLinksTests {

	private static final SurveyId SURVEY = new SurveyId(UUID.fromString("0b5d7c1e-3f6a-4a57-9d1e-2c3b4a5d6e7f"));
	private static final UUID BRANCH = UUID.fromString("11111111-2222-4333-8444-555555555555");
	private final SurveyLinks links = new SurveyLinks("https://tanggap.example.com");

	@Test
	void linksToTheSurveysPublicPage() {
		assertThat(links.plain(SURVEY)).isEqualTo("https://tanggap.example.com/s/0b5d7c1e-3f6a-4a57-9d1e-2c3b4a5d6e7f");
		assertThat(links.link(SURVEY, new SurveyLinks.Attribution(null, null, " ", null))).isEqualTo(links.plain(SURVEY));
	}

	@Test
	void carriesChannelBranchTouchpointAndTokenInThatOrder() {
		String link = links.link(SURVEY, new SurveyLinks.Attribution(LinkChannel.QR, BRANCH, "kasir", "abc123"));
		assertThat(link).isEqualTo(links.plain(SURVEY) + "?ch=qr&b=" + BRANCH + "&t=kasir&k=abc123");
		assertThat(links.link(SURVEY, SurveyLinks.Attribution.of(LinkChannel.WHATSAPP, null)))
			.endsWith("?ch=whatsapp");
	}

	@Test
	void encodesParameterValues() {
		String link = links.link(SURVEY, new SurveyLinks.Attribution(LinkChannel.LINK, null, "meja 7 & teras/kafé", "a+b=c"));
		assertThat(link).endsWith("?ch=link&t=meja%207%20%26%20teras%2Fkaf%C3%A9&k=a%2Bb%3Dc");
	}

	@Test
	void refusesAnOverlongTouchpointOrToken() {
		assertThatThrownBy(() -> links.link(SURVEY, new SurveyLinks.Attribution(null, null, "x".repeat(101), null)))
			.isInstanceOfSatisfying(Problem.class, p -> assertThat(p.code()).isEqualTo("too-long"));
		assertThatThrownBy(() -> links.link(SURVEY, new SurveyLinks.Attribution(null, null, null, "x".repeat(201))))
			.isInstanceOf(Problem.class);
	}

	@Test
	void readsChannelNamesInAnyCase() {
		assertThat(LinkChannel.of(null)).isEqualTo(LinkChannel.LINK);
		assertThat(LinkChannel.of(" WhatsApp ")).isEqualTo(LinkChannel.WHATSAPP);
		assertThatThrownBy(() -> LinkChannel.of("pigeon"))
			.isInstanceOfSatisfying(Problem.class, p -> assertThat(p.code()).isEqualTo("channel-unknown"));
	}

	@Test
	void opensWhatsAppWithTheMessageTypedIn() {
		String message = "Halo! Beri tanggapan: " + links.link(SURVEY, SurveyLinks.Attribution.of(LinkChannel.WHATSAPP, null));
		assertThat(SurveyLinks.whatsApp(null, message)).isEqualTo("https://wa.me/?text=Halo%21%20Beri%20tanggapan%3A%20"
				+ "https%3A%2F%2Ftanggap.example.com%2Fs%2F" + SURVEY + "%3Fch%3Dwhatsapp");
		assertThat(SurveyLinks.whatsApp("+62 812-3456-7890", "Halo")).isEqualTo("https://wa.me/6281234567890?text=Halo");
	}

	@Test
	void refusesPhoneNumbersNotInInternationalForm() {
		assertThat(SurveyLinks.phone("6281234567890")).isEqualTo("6281234567890");
		for (String wrong : new String[] { "081234567890", "62-812", "62 812 abc 4567", "+0812345678", "1".repeat(16) }) {
			assertThatThrownBy(() -> SurveyLinks.phone(wrong))
				.isInstanceOfSatisfying(Problem.class, p -> assertThat(p.code()).isEqualTo("phone-invalid"));
		}
	}

	@Test
	void namesFilesInAscii() {
		assertThat(SurveyDistribution.slug("Kopi Nusantara — Sudirman")).isEqualTo("kopi-nusantara-sudirman");
		assertThat(SurveyDistribution.slug("Café Ñusa")).isEqualTo("cafe-nusa");
		assertThat(SurveyDistribution.slug("咖啡")).isEqualTo("tanggap");
	}
}
