package org.crampwise.checkin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import org.crampwise.system.FieldProblem;
import org.crampwise.system.InvalidInputException;
import org.crampwise.support.SignedIn;
import org.crampwise.support.WithAppSecurity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The check-in page's markup stays what it was when its rendering is made cheaper (issue 11): the page's section,
 * whitespace set aside, equals the one the templates rendered before, in English and Spanish, pre-filled and with
 * errors beside every kind of field. The expected files were written from the templates before the change with
 * {@code -Dmarkup.write=true}.
 */
@WebMvcTest(CheckInController.class)
@WithAppSecurity
@org.springframework.context.annotation.Import(org.crampwise.system.HtmlFragments.class)
class CheckInPageMarkupTests {

	static final LocalDate TONIGHT = CheckInControllerTests.TONIGHT;

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	CheckInService checkIns;

	@MockitoBean(name = "nightPrompts")
	org.crampwise.nights.NightPrompts nightPrompts;

	@MockitoBean(name = "experimentTasks")
	org.crampwise.experiments.ExperimentPages experimentTasks;

	/** A new data version for every request (the service is a mock), so no page comes from the cache. */
	@MockitoBean(answers = org.mockito.Answers.CALLS_REAL_METHODS)
	org.crampwise.system.DataVersions versions;

	private static final java.util.concurrent.atomic.AtomicLong VERSION = new java.util.concurrent.atomic.AtomicLong();

	@BeforeEach
	void nights() {
		org.mockito.Mockito.doAnswer(call -> VERSION.incrementAndGet())
			.when(this.versions)
			.current(org.mockito.ArgumentMatchers.anyLong());
		CheckIn earlier = new CheckIn(TONIGHT.minusDays(2), 1500, 2, 2.5, 7.5, 3.0, ExerciseLevel.LIGHT, true, false,
				3, null, false);
		given(this.checkIns.tonight(CheckInControllerTests.ME)).willReturn(TONIGHT);
		given(this.checkIns.checkIn(any(), any())).willReturn(Optional.empty());
		given(this.checkIns.checkInsBetween(any(), any(), any())).willReturn(List.of(earlier));
		given(this.checkIns.latestBefore(any(), any())).willReturn(Optional.of(earlier));
		given(this.checkIns.save(eq(CheckInControllerTests.ME), any()))
			.willThrow(new InvalidInputException(List.of(new FieldProblem("waterMl", "checkin.error.water"),
					new FieldProblem("nightOf", "checkin.error.future"))));
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "es" })
	void thePrefilledPageIsUnchanged(String language) throws IOException {
		assertSame("checkin-prefilled-" + language, this.mvc.get().uri("/checkin"), language);
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "es" })
	void aRejectedFormIsUnchanged(String language) throws IOException {
		assertSame("checkin-rejected-" + language, this.mvc.post()
			.uri("/checkin/" + TONIGHT.minusDays(1))
			.with(csrf())
			.param("waterAmount", "abc")
			.param("waterUnit", "GLASSES")
			.param("alcoholDrinks", "x")
			.param("hoursFromLastDrinkToBed", "1.5")
			.param("standingHours", "y")
			.param("exercise", "BOGUS")
			.param("stretchedBeforeBed", "maybe")
			.param("tightBedding", "true")
			.param("potassiumFoodServings", "2"), language);
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "es" })
	void aRuleProblemIsUnchanged(String language) throws IOException {
		assertSame("checkin-rule-" + language, this.mvc.post()
			.uri("/checkin/" + TONIGHT)
			.with(csrf())
			.param("waterAmount", "50")
			.param("waterUnit", "GLASSES")
			.param("exercise", "NONE"), language);
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "es" })
	void aSavedNightIsUnchanged(String language) throws IOException {
		CheckIn saved = new CheckIn(TONIGHT.minusDays(3), 2100, 0, null, 6.0, 4.0, ExerciseLevel.HARD, false, true,
				null, true, null);
		given(this.checkIns.checkInsBetween(any(), any(), any()))
			.willReturn(List.of(new CheckIn(TONIGHT.minusDays(1), 300, null, null, null, null, null, null, null, null,
					null, null), saved));
		assertSame("checkin-saved-" + language, this.mvc.get().uri("/checkin/" + TONIGHT.minusDays(3)), language);
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "es" })
	void aFirstNightWithTheTaskAndThePromptIsUnchanged(String language) throws IOException {
		given(this.checkIns.checkInsBetween(any(), any(), any())).willReturn(List.of());
		given(this.checkIns.latestBefore(any(), any())).willReturn(Optional.empty());
		given(this.nightPrompts.unknownNight(any(), any())).willReturn(TONIGHT.minusDays(1));
		given(this.experimentTasks.tonight()).willReturn("Tonight: <stretch> & \"rest\" (block 3 of 12)");
		assertSame("checkin-first-" + language, this.mvc.get().uri("/checkin"), language);
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "es" })
	void everyFieldRejectedIsUnchanged(String language) throws IOException {
		assertSame("checkin-all-rejected-" + language, this.mvc.post()
			.uri("/checkin/" + TONIGHT.minusDays(20))
			.with(csrf())
			.param("waterAmount", "<1>")
			.param("waterUnit", "PINTS")
			.param("alcoholDrinks", "1.5")
			.param("hoursFromLastDrinkToBed", "\"x\"")
			.param("standingHours", "y")
			.param("sittingHours", "z&")
			.param("exercise", "LIGHT")
			.param("stretchedBeforeBed", "maybe")
			.param("warmBathBeforeBed", "false")
			.param("tightBedding", "no")
			.param("magnesiumSupplement", "true")
			.param("potassiumFoodServings", "many"), language);
	}

	private void assertSame(String name, MockMvcRequestBuilder request, String language) throws IOException {
		String html = request.with(SignedIn.as(7)).header("Accept-Language", language).exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("<section class=\"checkin narrow\">");
		String section = normalized(html.substring(html.indexOf("<section class=\"checkin narrow\">"),
				html.indexOf("</section>") + "</section>".length()));
		Path expected = Path.of("src/test/resources/markup", name + ".html");
		if (Boolean.getBoolean("markup.write")) {
			Files.writeString(expected, section.replace("><", ">\n<") + "\n");
		}
		assertThat(section).isEqualTo(normalized(Files.readString(expected)));
	}

	/** Whitespace set aside (between tags and runs of it), and the request's CSRF token masked. */
	static String normalized(String html) {
		return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\" value=\"-\"")
			.replaceAll(">\\s+", ">")
			.replaceAll("\\s+<", "<")
			.replaceAll("\\s+", " ")
			.strip();
	}

}
