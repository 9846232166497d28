package org.crampwise.export;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The application's export texts, for tests without a Spring context. */
final class ExportMessages {

	private ExportMessages() {
	}

	static MessageSource source() {
		return org.crampwise.support.Bundles.all();
	}

	static MessageSourceAccessor accessor() {
		return new MessageSourceAccessor(source(), Locale.ENGLISH);
	}

}
