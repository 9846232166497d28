package org.crampwise.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The application's message bundles as {@code spring.messages.basename} lists them, for tests without a Spring
 * context (a rule's problem resolved as the API and the pages resolve it).
 */
public final class Bundles {

	private Bundles() {
	}

	/** The basenames of application.properties, e.g. {@code messages/episode}. */
	public static List<String> basenames() {
		Properties properties = new Properties();
		try (InputStream in = Bundles.class.getResourceAsStream("/application.properties")) {
			properties.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Arrays.stream(properties.getProperty("spring.messages.basename").split(",")).map(String::trim).toList();
	}

	/** Every bundle, as the application reads them (UTF-8, no fallback to the machine's locale). */
	public static MessageSource all() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames(basenames().toArray(String[]::new));
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
