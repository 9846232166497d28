package org.crampwise.advice;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.crampwise.account.AccountId;
import org.crampwise.experiments.TestedRemedy;
import org.crampwise.profile.DrugClass;
import org.crampwise.profile.HealthCondition;
import org.crampwise.episode.WarningSign;
import org.crampwise.support.SignedIn;
import org.crampwise.support.WithAppSecurity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.advice.AdviceContextBuilder.context;
import static org.crampwise.advice.AdviceContextBuilder.nightsAgo;
import static org.crampwise.advice.CheckInBuilder.checkIn;
import static org.crampwise.advice.EpisodeBuilder.cramp;
import static org.crampwise.advice.MedicationBuilder.medication;
import static org.crampwise.advice.ProfileBuilder.profile;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;

/**
 * The tips page's markup stays what it was when its rendering is made cheaper (issue 11): the page's section,
 * whitespace set aside, equals the one the templates rendered before, in English and Spanish, with nothing logged,
 * and with tips, cautions, urgent and routine red flags, withheld remedies and the care team's notes. The expected
 * files were written from the templates before the change with {@code -Dmarkup.write=true}.
 */
@WebMvcTest(TipsController.class)
@WithAppSecurity
@Import({ org.crampwise.account.AccountLocaleResolver.class, TipsPageMarkupTests.Notes.class,
		org.crampwise.system.HtmlFragments.class })
class TipsPageMarkupTests {

	static final AccountId ME = new AccountId(7);

	static final AdviceEngine ENGINE = AdviceTestSupport.engine();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	FakeNotes notes;

	@MockitoBean
	AdviceService advice;

	@MockitoBean
	org.crampwise.account.Accounts accounts;

	@MockitoBean(name = "experimentTasks")
	org.crampwise.experiments.ExperimentPages experimentTasks;

	@BeforeEach
	void experiments() {
		this.notes.list = List.of();
		given(this.experimentTasks.testable(any())).willAnswer(call -> Arrays.stream(TestedRemedy.values())
			.filter(t -> t.remedy().name().equals(call.getArgument(0)))
			.map(TestedRemedy::name)
			.findFirst()
			.orElse(null));
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "es" })
	void nothingLoggedIsUnchanged(String language) throws IOException {
		evaluates(context().build(), language);
		assertSame("tips-empty-" + language, language);
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "es" })
	void aFewNightsAreUnchanged(String language) throws IOException {
		evaluates(context().checkIn(checkIn(nightsAgo(1)).potassiumServings(0))
			.checkIn(checkIn(nightsAgo(2)).potassiumServings(0))
			.episode(cramp(nightsAgo(2)))
			.episode(cramp(nightsAgo(3)))
			.build(), language);
		assertSame("tips-nights-" + language, language);
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "es" })
	void redFlagsAndNotesAreUnchanged(String language) throws IOException {
		evaluates(context().profile(profile().conditions(HealthCondition.KIDNEY_DISEASE, HealthCondition.DIABETES))
			.medication(medication("hydrochlorothiazide <25 mg> & \"co\"", DrugClass.THIAZIDE_DIURETIC))
			.checkIn(checkIn(nightsAgo(10)).potassiumServings(0))
			.checkIn(checkIn(nightsAgo(11)).potassiumServings(0))
			.episode(cramp(nightsAgo(1)).signs(WarningSign.CALF_SWELLING_OR_REDNESS))
			.episode(cramp(nightsAgo(2)).signs(WarningSign.NUMBNESS_OR_TINGLING))
			.episode(cramp(nightsAgo(4)))
			.build(), language);
		this.notes.list = List.of(new Note("Dr A. Moreno <Riverside> & co", "Keep \"stretching\" <before> bed & rest."),
				new Note("Dr B. Ruiz", "Drink water."));
		assertSame("tips-flags-" + language, language);
	}

	private void evaluates(AdviceContext context, String language) {
		Locale locale = Locale.forLanguageTag(language);
		AdviceService.Evaluation evaluation = new AdviceService.Evaluation(context, ENGINE.evaluate(context, locale));
		given(this.advice.page(eq(ME), eq(locale), eq(""), any()))
			.willAnswer(call -> call.<java.util.function.Function<AdviceService.Evaluation, String>>getArgument(3)
				.apply(evaluation));
	}

	private void assertSame(String name, String language) throws IOException {
		String html = this.mvc.get()
			.uri("/tips")
			.with(SignedIn.as(7))
			.header("Accept-Language", language)
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("<section class=\"tips\">");
		String section = normalized(html.substring(html.indexOf("<section class=\"tips\">"),
				html.indexOf("</section>") + "</section>".length()));
		Path expected = Path.of("src/test/resources/markup", name + ".html");
		if (Boolean.getBoolean("markup.write")) {
			Files.writeString(expected, section.replace("><", ">\n<") + "\n");
		}
		assertThat(section).isEqualTo(normalized(Files.readString(expected)));
	}

	/** Whitespace set aside (between tags and runs of it). */
	static String normalized(String html) {
		return html.replaceAll(">\\s+", ">").replaceAll("\\s+<", "<").replaceAll("\\s+", " ").strip();
	}

	/** A clinician's note as {@code clinician/note.html} reads it. */
	public record Note(String clinicianName, String text) {
	}

	/** Stands in for the clinician module's {@code @clinicianNotes}. */
	public static class FakeNotes {

		volatile List<Note> list = List.of();

		public List<Note> current() {
			return this.list;
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Notes {

		@Bean
		FakeNotes clinicianNotes() {
			return new FakeNotes();
		}

	}

}
