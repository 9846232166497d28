package org.crampwise.system;

import java.text.MessageFormat;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import org.crampwise.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's message source reads Spring Boot's {@code spring.messages.*} settings, and never hands the same
 * parsed format to two callers (Spring formats inside a lock on it, which queued page renders under load).
 */
@IntegrationTest
class MessagesConfigurationTests {

	@Autowired
	MessageSource messages;

	@Test
	void everyFeatureBundleIsReadAndTextsWithArgumentsAreFormatted() {
		assertThat(this.messages).isInstanceOf(MessagesConfiguration.UnsharedFormatsMessageSource.class);
		assertThat(this.messages.getMessage("app.name", null, Locale.ENGLISH)).isEqualTo("Crampwise");
		assertThat(this.messages.getMessage("export.range.long", new Object[] { 1096 }, Locale.ENGLISH))
			.contains("1096").doesNotContain("{0");
		assertThat(this.messages.getMessage("advice.list.and", null, Locale.ENGLISH)).isEqualTo("and");
		assertThat(this.messages.getMessage("no.such.key", null, "fallback", Locale.ENGLISH)).isEqualTo("fallback");
	}

	@Test
	void eachLookupGetsItsOwnCopyOfTheParsedFormat() {
		MessagesConfiguration.UnsharedFormatsMessageSource source = (MessagesConfiguration.UnsharedFormatsMessageSource) this.messages;

		MessageFormat first = source.resolveCode("export.range.long", Locale.ENGLISH);
		MessageFormat second = source.resolveCode("export.range.long", Locale.ENGLISH);

		assertThat(first).isNotNull().isNotSameAs(second).isEqualTo(second);
	}

}
