package org.crampwise.clinician;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import org.crampwise.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks EVERY clinician and care-team endpoint and page, taken from the application's request mappings (so a new
 * one is covered, or fails here until it is given a request), with every method it maps, as the clinician with
 * access, another clinician, the patient who granted it, another patient and nobody, and asserts who gets what.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClinicianAccessControlTests {

	private static final List<String> AREAS = List.of("/api/v1/clinician", "/api/v1/care-team", "/clinician",
			"/care-team");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	JdbcTemplate jdbc;

	Session clinician;

	Session otherClinician;

	Session patient;

	Session otherPatient;

	Session nobody;

	/** Only the grants the walk uses up (revoking) are made to this one. */
	Session thirdClinician;

	@BeforeAll
	void users() throws Exception {
		this.clinician = Session.register(this.port, "doc", "CLINICIAN", "Dr A. Moreno, Riverside practice");
		this.otherClinician = Session.register(this.port, "doc", "CLINICIAN", "Dr B. Other");
		this.patient = Session.register(this.port, "pat", "PATIENT", null);
		this.otherPatient = Session.register(this.port, "pat", "PATIENT", null);
		this.nobody = Session.nobody(this.port);
		this.thirdClinician = Session.register(this.port, "doc", "CLINICIAN", "Dr C. Third");
		for (Session s : List.of(this.clinician, this.otherClinician, this.patient, this.otherPatient)) {
			s.id = this.jdbc.queryForObject("select id from accounts where username = ?", Long.class, s.username);
		}
		this.patient.join(this.clinician.invite());
		// the other patient granted the OTHER clinician: a real patient id the clinician must still not see
		this.otherPatient.join(this.otherClinician.invite());
	}

	/** Every (method, path) of the four areas, from the request mappings. */
	List<String[]> endpoints() {
		Set<String> found = new TreeSet<>();
		this.mappings.getHandlerMethods().forEach((info, handler) -> {
			Set<String> paths = info.getPatternValues();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String path : paths) {
				if (AREAS.stream().anyMatch(area -> path.equals(area) || path.startsWith(area + "/"))) {
					(methods.isEmpty() ? Set.of(RequestMethod.GET) : methods)
						.forEach(method -> found.add(method + " " + path));
				}
			}
		});
		List<String[]> list = new ArrayList<>();
		found.forEach(entry -> list.add(entry.split(" ", 2)));
		return list;
	}

	@Test
	void everyEndpointAnswersEachKindOfUserAsItShould() throws Exception {
		List<String[]> endpoints = endpoints();
		assertThat(endpoints).as("the walk found the endpoints").hasSizeGreaterThan(15);
		List<String> failures = new ArrayList<>();
		for (String[] endpoint : endpoints) {
			String method = endpoint[0];
			String pattern = endpoint[1];
			for (Actor actor : Actor.values()) {
				Call call = call(method, pattern, actor);
				HttpResponse<String> answer = session(actor).send(method, call.path(), call.body());
				String expected = expected(pattern, actor);
				if (!matches(expected, answer, pattern)) {
					failures.add(method + " " + call.path() + " as " + actor + ": expected " + expected + ", got "
							+ answer.statusCode() + " " + answer.headers().firstValue("Location").orElse(""));
				}
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void aClinicianGets403OnThePatientsOwnEndpointsAndPages() throws Exception {
		for (String path : List.of("/api/v1/episodes", "/api/v1/checkins", "/api/v1/nights", "/api/v1/profile",
				"/api/v1/medications", "/api/v1/care-team", "/api/v1/advice", "/api/v1/insights",
				"/api/v1/experiments", "/api/v1/export/report.pdf", "/episodes", "/checkin", "/profile", "/tips",
				"/calendar", "/insights", "/export", "/care-team", "/cramp-now")) {
			assertThat(this.clinician.get(path).statusCode()).as(path).isEqualTo(403);
		}
		assertThat(this.clinician.send("POST", "/api/v1/episodes/timer", null).statusCode()).isEqualTo(403);
		// and its own account pages stay open
		assertThat(this.clinician.get("/profile/password").statusCode()).isEqualTo(200);
		assertThat(this.clinician.get("/").body()).contains("id=\"home-patients\"").doesNotContain("cramp-now-button");
	}

	enum Actor {

		CLINICIAN, OTHER_CLINICIAN, PATIENT, OTHER_PATIENT, NOBODY

	}

	record Call(String path, @Nullable String body) {
	}

	private Session session(Actor actor) {
		return switch (actor) {
			case CLINICIAN -> this.clinician;
			case OTHER_CLINICIAN -> this.otherClinician;
			case PATIENT -> this.patient;
			case OTHER_PATIENT -> this.otherPatient;
			case NOBODY -> this.nobody;
		};
	}

	/** The request for an endpoint: path variables filled in, a valid body; fresh codes and grants where used up. */
	private Call call(String method, String pattern, Actor actor) throws Exception {
		String path = pattern.replace("{patientId}", Long.toString(this.patient.id));
		if (path.contains("{code}")) {
			path = path.replace("{code}", this.clinician.invite());
		}
		if (path.contains("{id}")) {
			// a grant of the patient's (revoking one uses it up: each call has its own)
			path = path.replace("{id}", Long.toString(this.patient.join(this.thirdClinician.invite())));
		}
		assertThat(path).as("a path variable the walk does not know: add it to call()").doesNotContain("{");
		String body = BODIES.get(method + " " + pattern);
		if (body != null && body.contains("CODE")) {
			body = body.replace("CODE", this.clinician.invite());
		}
		if (body == null && !method.equals("GET") && !NO_BODY.contains(method + " " + pattern)) {
			throw new AssertionError("a write the walk has no request for: add it to BODIES or NO_BODY: " + method
					+ " " + pattern);
		}
		if (pattern.endsWith("/download")) {
			path += "?format=EPISODES_CSV";
		}
		return new Call(path, body);
	}

	private static final Map<String, String> BODIES = Map.of(
			"POST /api/v1/care-team", "{\"code\":\"CODE\"}",
			"PUT /api/v1/clinician/patients/{patientId}/magnesium-agreed", "{\"agreed\":true}",
			"PUT /api/v1/clinician/patients/{patientId}/note", "{\"note\":\"Stretch before bed.\"}",
			"POST /clinician/patients/{patientId}/magnesium-agreed", "agreed=true",
			"POST /clinician/patients/{patientId}/note", "note=Stretch+before+bed.",
			"POST /care-team/preview", "code=CODE",
			"POST /care-team/join", "code=CODE");

	private static final Set<String> NO_BODY = Set.of("POST /api/v1/clinician/invites", "POST /clinician/invites",
			"DELETE /api/v1/care-team/{id}", "POST /care-team/{id}/revoke");

	/**
	 * Who gets what: OK (a 2xx, or a page's redirect that is not to the sign-in page), 404, 403, or SIGN_IN (401 for
	 * the API; for a page, the redirect to sign in, or 403 for a write without a session's CSRF token).
	 */
	private static String expected(String pattern, Actor actor) {
		boolean clinicianArea = pattern.startsWith("/api/v1/clinician") || pattern.startsWith("/clinician");
		if (actor == Actor.NOBODY) {
			return "SIGN_IN";
		}
		if (clinicianArea) {
			return switch (actor) {
				case CLINICIAN -> "OK";
				case OTHER_CLINICIAN -> pattern.contains("{patientId}") ? "404" : "OK";
				default -> "403";
			};
		}
		return switch (actor) {
			case PATIENT -> "OK";
			case OTHER_PATIENT -> pattern.contains("{id}") ? "404" : "OK";
			default -> "403";
		};
	}

	private static boolean matches(String expected, HttpResponse<String> answer, String pattern) {
		int status = answer.statusCode();
		String location = answer.headers().firstValue("Location").orElse("");
		boolean api = pattern.startsWith("/api/");
		return switch (expected) {
			case "OK" -> (status >= 200 && status < 300) || (!api && status == 302 && !location.contains("/login"));
			case "SIGN_IN" -> api ? status == 401 : (status == 302 && location.contains("/login")) || status == 403;
			default -> status == Integer.parseInt(expected);
		};
	}

}
