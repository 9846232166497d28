package org.crampwise.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.crampwise.support.ApiUser;
import org.crampwise.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The language of what is not a page: the API's problem documents, the PDF report and the FHIR narratives follow
 * the request's language ({@code Accept-Language} for a call without a session); the CSV headers stay as documented,
 * in every language (they are a format).
 */
@IntegrationTest
class SpanishIntegrationTests {

	@Autowired
	RestTestClient client;

	ApiUser user;

	@BeforeEach
	void seed() {
		this.user = ApiUser.register(this.client, "idioma");
		this.user.logEpisode("""
				{"startedAt":"%sT02:14:00+01:00","durationSeconds":700,"intensity":9,"muscle":"CALF","side":"LEFT",
				 "wokeFromSleep":true,"warningSigns":["CALF_SWELLING_OR_REDNESS"]}""".formatted(ApiUser.tonight().minusDays(1)));
		this.user.put("/api/v1/checkins/" + ApiUser.tonight().minusDays(1), "{\"waterMl\":900}");
	}

	@Test
	void aProblemDocumentSpeaksTheLanguageTheClientAsksFor() {
		String body = "{\"startedAt\":\"" + ApiUser.tonight() + "T01:00:00+01:00\",\"durationSeconds\":60,"
				+ "\"intensity\":11,\"muscle\":\"CALF\",\"side\":\"LEFT\",\"wokeFromSleep\":7}";
		String spanish = post(body, "es");
		assertThat(spanish).contains("\"title\":\"Datos no válidos\"")
			.contains("{\"field\":\"wokeFromSleep\",\"message\":\"debe ser true o false (se recibió '7')\"}");
		String english = post(body, null);
		assertThat(english).contains("\"title\":\"Invalid input\"")
			.contains("{\"field\":\"wokeFromSleep\",\"message\":\"must be true or false (got '7')\"}");
		String rule = post(body.replace(",\"wokeFromSleep\":7", ""), "es-MX,es;q=0.9,en;q=0.5");
		assertThat(rule).contains("{\"field\":\"intensity\",\"message\":\"debe estar entre 0 y 10\"}");
	}

	@Test
	void insightSentencesAndNotFoundDetailsAreInTheReadersLanguage() {
		this.user.create("/api/v1/medications",
				"{\"name\":\"quinine\",\"startedOn\":\"" + ApiUser.tonight().minusDays(3) + "\"}");
		String spanish = text(this.user.get("/api/v1/insights").header("Accept-Language", "es"), 200);
		assertThat(spanish).contains("\"sentence\":\"Las noches con menos de ")
			.contains("\"sentence\":\"Las noches tras un día con ")
			.contains("aún no hay datos suficientes")
			.contains("\"sentence\":\"No hay suficientes noches conocidas en torno al inicio de quinine")
			.doesNotContain("Nights with", "not enough data", "advice.", "insights.");
		String english = text(this.user.get("/api/v1/insights").header("Accept-Language", "en"), 200);
		assertThat(english).contains("\"sentence\":\"Nights with less than ")
			.contains("\"sentence\":\"Not enough known nights around the start of quinine to tell");

		assertThat(text(this.user.get("/api/v1/episodes/987654321").header("Accept-Language", "es"), 404))
			.contains("\"detail\":\"no se encontró el episodio 987654321\"");
		assertThat(text(this.user.get("/api/v1/episodes/987654321").header("Accept-Language", "en"), 404))
			.contains("\"detail\":\"episode 987654321 not found\"");
		assertThat(text(this.user.get("/api/v1/no-such-thing").header("Accept-Language", "es"), 404))
			.contains("\"detail\":\"no existe GET /api/v1/no-such-thing\"");
	}

	private static String text(RestTestClient.RequestHeadersSpec<?> request, int status) {
		byte[] body = request.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		return new String(body, StandardCharsets.UTF_8);
	}

	@Test
	void theReportPdfIsInSpanishForASpanishReader() throws IOException {
		byte[] pdf = this.user.get("/api/v1/export/report.pdf")
			.header("Accept-Language", "es")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Calambres nocturnos en las piernas: informe del diario del paciente")
				.contains(this.user.username() + " (seudónimo)")
				.contains("Señales de alarma detectadas")
				.contains("Hinchazón o enrojecimiento de la pantorrilla")
				.contains("Episodios a lo largo del tiempo")
				.doesNotContain("pseudonymous")
				.doesNotContain("Red flags")
				.doesNotContain("Episodes over time");
		}
	}

	@Test
	void fhirNarrativesFollowTheReaderAndCsvHeadersStayAsDocumented() {
		String fhir = this.user.get("/api/v1/export/fhir").header("Accept-Language", "es").exchange()
			.expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
		assertThat(fhir).contains("Calambre en la pierna desde").contains("(seudónimo)").doesNotContain("Leg cramp from");
		String spanish = this.user.get("/api/v1/export/episodes.csv").header("Accept-Language", "es").exchange()
			.expectBody(String.class).returnResult().getResponseBody();
		String english = this.user.get("/api/v1/export/episodes.csv").header("Accept-Language", "en").exchange()
			.expectBody(String.class).returnResult().getResponseBody();
		assertThat(firstLine(spanish)).isEqualTo(firstLine(english)).startsWith("id,startedAt,");
	}

	private String post(String json, String language) {
		byte[] body = this.client.post()
			.uri("/api/v1/episodes")
			.headers(h -> {
				h.setBasicAuth(this.user.username(), ApiUser.PASSWORD);
				if (language != null) {
					h.set("Accept-Language", language);
				}
			})
			.contentType(MediaType.APPLICATION_JSON)
			.body(json)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		return new String(body, StandardCharsets.UTF_8);
	}

	private static String firstLine(String csv) {
		return csv.substring(0, csv.indexOf('\n')).strip();
	}

}
