package org.crampwise.advice;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The engine's collaborators without a web context: settings bound like the application binds them, the rules as
 * the application registers them (a component scan of {@code advice.rules}), and the advice message bundle.
 */
public final class AdviceTestSupport {

	private AdviceTestSupport() {
	}

	/** Settings with some properties set, e.g. {@code "factors.low-water-ml", "2000"}; the rest default. */
	public static AdviceSettings settings(Map<String, String> properties) {
		Map<String, String> prefixed = new java.util.HashMap<>();
		properties.forEach((key, value) -> prefixed.put("crampwise.advice." + key, value));
		return new Binder(new MapConfigurationPropertySource(prefixed)).bindOrCreate("crampwise.advice",
				Bindable.of(AdviceSettings.class));
	}

	/** Every rule bean of {@code org.crampwise.advice.rules}, built with these settings. */
	public static List<AdviceRule> rules(AdviceSettings settings) {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
			context.registerBean(AdviceSettings.class, () -> settings);
			context.scan("org.crampwise.advice.rules");
			context.refresh();
			return List.copyOf(context.getBeansOfType(AdviceRule.class).values());
		}
	}

	public static MessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/advice");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	public static AdviceEngine engine() {
		return engine(AdviceSettings.defaults());
	}

	public static AdviceEngine engine(AdviceSettings settings) {
		return new AdviceEngine(rules(settings), settings, messages());
	}

}
