package org.crampwise.advice;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;

import org.crampwise.profile.HealthCondition;

import static org.assertj.core.api.Assertions.assertThat;

/** The advice texts: the same words as the message source, and only the texts an answer shows are rendered. */
class AdviceTextsTests {

	private static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

	private final MessageSource bundle = AdviceTestSupport.messages();

	@Test
	void aTextWithArgumentsReadsExactlyAsTheMessageSourceFormatsIt() {
		AdviceTexts texts = new AdviceTexts(this.bundle);
		for (int cramps : new int[] { 0, 1, 3 }) {
			assertThat(texts.text("advice.low-water.fired", List.of(1500, 4, 14, cramps), Locale.ENGLISH))
				.isEqualTo(this.bundle.getMessage("advice.low-water.fired", new Object[] { 1500, 4, 14, cramps },
						Locale.ENGLISH));
		}
		assertThat(texts.text("advice.date-pattern", Locale.ENGLISH)).isEqualTo("d MMMM yyyy");
	}

	@Test
	void datesEnumsAndListsAreRenderedInWordsAndTheSameFromManyThreads() throws Exception {
		AdviceTexts texts = new AdviceTexts(this.bundle);
		String expected = texts.text("advice.low-water.fired", List.of(List.of(HealthCondition.DIABETES, HealthCondition.KIDNEY_DISEASE, HealthCondition.THYROID_DISORDER),
				AS_OF, 14, 2), Locale.ENGLISH);
		assertThat(expected).startsWith("You drank less than ")
			.contains("You drank less than diabetes, kidney disease and a thyroid disorder ml")
			.contains("20 November 2026");

		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<String>> results = new java.util.ArrayList<>();
			for (int i = 0; i < 400; i++) {
				results.add(pool.submit(() -> texts.text("advice.low-water.fired",
						List.of(List.of(HealthCondition.DIABETES, HealthCondition.KIDNEY_DISEASE, HealthCondition.THYROID_DISORDER), AS_OF, 14, 2), Locale.ENGLISH)));
			}
			for (Future<String> result : results) {
				assertThat(result.get()).isEqualTo(expected);
			}
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void theTraceIsPutIntoWordsOnlyWhenItIsRead() {
		RecordingMessages messages = new RecordingMessages(this.bundle);
		AdviceSettings settings = AdviceSettings.defaults();
		AdviceEngine engine = new AdviceEngine(AdviceTestSupport.rules(settings), settings, messages);

		AdviceReport report = engine.evaluate(AdviceContext.empty(AS_OF, 14));
		Set<String> shown = Set.copyOf(messages.asked);
		List<RuleExplanation> trace = report.explanations();
		assertThat(messages.asked).isEqualTo(shown);

		assertThat(trace).allSatisfy(explanation -> assertThat(explanation.message()).isNotBlank());
		assertThat(messages.asked).hasSizeGreaterThan(shown.size() + 10);
		assertThat(report.explanations()).isEqualTo(engine.evaluate(AdviceContext.empty(AS_OF, 14)).explanations());
	}

	/** The advice bundle, noting every key it is asked for. */
	private static final class RecordingMessages implements MessageSource {

		final Set<String> asked = ConcurrentHashMap.newKeySet();

		private final MessageSource delegate;

		RecordingMessages(MessageSource delegate) {
			this.delegate = delegate;
		}

		@Override
		public @Nullable String getMessage(String code, Object @Nullable [] args, @Nullable String defaultMessage,
				@Nullable Locale locale) {
			this.asked.add(code);
			return this.delegate.getMessage(code, args, defaultMessage, locale);
		}

		@Override
		public String getMessage(String code, Object @Nullable [] args, @Nullable Locale locale) {
			this.asked.add(code);
			return this.delegate.getMessage(code, args, locale);
		}

		@Override
		public String getMessage(MessageSourceResolvable resolvable, @Nullable Locale locale) {
			return this.delegate.getMessage(resolvable, locale);
		}

	}

}
