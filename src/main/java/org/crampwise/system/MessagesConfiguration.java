package org.crampwise.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * The application's message source: Spring Boot's, configured by the same {@code spring.messages.*} properties, but
 * without its one lock per text. Spring keeps one parsed {@link MessageFormat} per text and locale and formats
 * every message with arguments inside {@code synchronized} on it, so under load every page that shows the same
 * text with arguments ("3 episodes", a date) queued on one monitor (thread dumps of issue 11). Here each lookup gets
 * its own copy of the parsed format, cheaper than a parse and never shared, so nothing waits.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

	@Bean
	@ConfigurationProperties("spring.messages")
	MessageSourceProperties messageSourceProperties() {
		return new MessageSourceProperties();
	}

	/** Named as Spring Boot's, which then steps aside (and the context uses it for {@code getMessage}). */
	@Bean(AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
	MessageSource messageSource(MessageSourceProperties properties) {
		ResourceBundleMessageSource messages = new UnsharedFormatsMessageSource();
		messages.setBasenames(properties.getBasename().toArray(String[]::new));
		if (properties.getEncoding() != null) {
			messages.setDefaultEncoding(properties.getEncoding().name());
		}
		messages.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
		if (properties.getCacheDuration() != null) {
			messages.setCacheMillis(properties.getCacheDuration().toMillis());
		}
		messages.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
		messages.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
		if (properties.getCommonMessages() != null && !properties.getCommonMessages().isEmpty()) {
			Properties common = new Properties();
			for (Resource resource : properties.getCommonMessages()) {
				try {
					PropertiesLoaderUtils.fillProperties(common, resource);
				}
				catch (IOException ex) {
					throw new UncheckedIOException("Cannot read " + resource, ex);
				}
			}
			messages.setCommonMessages(common);
		}
		return messages;
	}

	/** Hands out a copy of the cached parsed format, so the caller's lock on it is never contended. */
	static final class UnsharedFormatsMessageSource extends ResourceBundleMessageSource {

		@Override
		protected @Nullable MessageFormat resolveCode(String code, Locale locale) {
			MessageFormat shared = super.resolveCode(code, locale);
			return (shared != null) ? (MessageFormat) shared.clone() : null;
		}

	}

}
