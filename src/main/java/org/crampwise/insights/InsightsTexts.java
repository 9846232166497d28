package org.crampwise.insights;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;

/**
 * Words the insights' sentences in a reader's language. The engine stays pure: it gives each sentence as a message
 * code with arguments (some arguments are codes with arguments themselves, such as the factor's phrase) and this
 * port turns it into text.
 */
@FunctionalInterface
public interface InsightsTexts {

	/** For simulations and benchmarks that never read a sentence: the code alone, nothing looked up. */
	InsightsTexts CODES = message -> String.valueOf(message.getCodes()[0]);

	String text(MessageSourceResolvable message);

	/** The bundles' texts in {@code locale}. */
	static InsightsTexts of(MessageSource messages, Locale locale) {
		return message -> messages.getMessage(message, locale);
	}

}
