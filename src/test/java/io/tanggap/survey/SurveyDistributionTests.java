package io.tanggap.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import io.tanggap.identity.ApiKeyManagement;
import io.tanggap.identity.NewWorkspace;
import io.tanggap.identity.WorkspaceSetup;
import tools.jackson.databind.json.JsonMapper;

/** A survey's links, QR codes, table card and WhatsApp link through the API, for its own workspace only. */
abstract class SurveyDistributionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkspaceSetup setup;

	@Autowired
	ApiKeyManagement keys;

	@Autowired
	JsonMapper json;

	String key;
	String survey;
	String branch;
	String base;

	@BeforeEach
	void surveyWithBranch() throws Exception {
		key = newWorkspaceKey("Kopi Nusantara ");
		survey = created("/api/v1/surveys", "{\"name\": \"Setelah kunjungan\", \"definition\": {\"languages\": [\"id\"],"
				+ "\"title\": {\"id\": \"Kunjungan\"}, \"questions\": [{\"id\": \"nps\", \"type\": \"NPS\","
				+ "\"text\": {\"id\": \"Seberapa mungkin Anda merekomendasikan kami?\"}}]}}");
		branch = created("/api/v1/branches", "{\"name\": \"Cabang Sudirman\", \"city\": \"Jakarta\"}");
		base = "http://localhost:8080/s/" + survey;
	}

	@Test
	void givesTheLinkOfEachChannel() throws Exception {
		call("/link").andExpect(status().isOk()).andExpect(jsonPath("$.url").value(base + "?ch=link"))
			.andExpect(jsonPath("$.message").doesNotExist());
		call("/link?channel=widget&branch=" + branch + "&touchpoint=meja 7")
			.andExpect(jsonPath("$.url").value(base + "?ch=widget&b=" + branch + "&t=meja%207"));
		call("/link?channel=pigeon").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("/problems/channel-unknown"));
	}

	@Test
	void drawsQrCodesOfTheBranchLink() throws Exception {
		byte[] png = call("/qr.png?size=300&branch=" + branch).andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.IMAGE_PNG)).andReturn().getResponse().getContentAsByteArray();
		var image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(300);
		assertThat(QrCodesTests.decode(image)).isEqualTo(base + "?ch=qr&b=" + branch);
		call("/qr.svg").andExpect(status().isOk()).andExpect(content().contentType("image/svg+xml"))
			.andExpect(content().string(startsWith("<?xml")));
	}

	@Test
	void offersATableCardNamedAfterTheBranch() throws Exception {
		var response = call("/table-card.pdf?branch=" + branch).andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"kartu-meja-cabang-sudirman.pdf\""))
			.andReturn().getResponse();
		try (PDDocument card = Loader.loadPDF(response.getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(card);
			assertThat(text).contains("Kopi Nusantara", "Cabang Sudirman", "Bagaimana kunjungan Anda?");
			assertThat(text.lines()).as("the link to type stays on one line").contains("localhost:8080/s/" + survey);
		}
		call("/table-card.pdf").andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("kartu-meja-kopi-nusantara-")));
	}

	@Test
	void writesWhatsAppMessagesInIndonesianOrEnglish() throws Exception {
		String url = json.readTree(mvc.perform(get("/api/v1/surveys/" + survey + "/whatsapp-link").header("X-API-Key", key)
			.param("phone", "+62 812-3456-7890").param("token", "abc")).andExpect(status().isOk())
			.andExpect(jsonPath("$.message").value(startsWith("Halo!")))
			.andReturn().getResponse().getContentAsString()).get("url").asString();
		assertThat(url).startsWith("https://wa.me/6281234567890?text=");
		assertThat(URLDecoder.decode(url.substring(url.indexOf("text=") + 5), StandardCharsets.UTF_8))
			.endsWith(base + "?ch=whatsapp&k=abc");
		call("/whatsapp-link?language=en").andExpect(jsonPath("$.url").value(startsWith("https://wa.me/?text=Hello")))
			.andExpect(jsonPath("$.message").value(endsWith(base + "?ch=whatsapp")));
	}

	@Test
	void refusesUnknownBranchesBadSizesAndPhones() throws Exception {
		String unknown = UUID.randomUUID().toString();
		for (String path : new String[] { "/link", "/qr.png", "/qr.svg", "/table-card.pdf", "/whatsapp-link" }) {
			call(path + "?branch=" + unknown).andExpect(status().isUnprocessableContent())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.type").value("/problems/branch-unknown"));
		}
		call("/qr.png?size=127").andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.type").value("/problems/qr-size"));
		call("/qr.png?size=2049").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("2048")));
		call("/whatsapp-link?phone=0812345678").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("/problems/phone-invalid"));
		call("/whatsapp-link?language=fr").andExpect(jsonPath("$.type").value("/problems/language-unsupported"));
		call("/qr.png?branch=not-a-uuid").andExpect(status().isBadRequest());
	}

	@Test
	void hidesSurveysAndBranchesOfOtherWorkspaces() throws Exception {
		String ownKey = key;
		key = newWorkspaceKey("Kafe Lain ");
		for (String path : new String[] { "/link", "/qr.png", "/qr.svg", "/table-card.pdf", "/whatsapp-link" }) {
			call(path).andExpect(status().isNotFound()).andExpect(jsonPath("$.type").value("/problems/not-found"));
		}
		String otherSurvey = survey;
		survey = created("/api/v1/surveys", "{\"name\": \"Lain\", \"definition\": {\"languages\": [\"id\"],"
				+ "\"title\": {\"id\": \"Lain\"}, \"questions\": [{\"id\": \"nps\", \"type\": \"NPS\", \"text\": {\"id\": \"?\"}}]}}");
		call("/qr.svg?branch=" + branch).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("/problems/branch-unknown"));
		key = ownKey;
		survey = otherSurvey;
		call("/qr.svg?branch=" + branch).andExpect(status().isOk());
	}

	private ResultActions call(String path) throws Exception {
		return mvc.perform(get("/api/v1/surveys/" + survey + path).header("X-API-Key", key));
	}

	private String newWorkspaceKey(String name) {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		var workspace = setup.create(new NewWorkspace(name + suffix, "Owner", "owner-" + suffix + "@example.com",
				"kata-sandi-panjang-1", null, null, null), "test");
		return keys.createForBootstrap(workspace, "test").key();
	}

	private String created(String path, String body) throws Exception {
		String answer = mvc.perform(post(path).header("X-API-Key", key).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return json.readTree(answer).get("id").asString();
	}
}
