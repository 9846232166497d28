package org.crampwise.advice;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * Resolves the advice texts from {@code messages/advice.properties}. Rule arguments are formatted here, so rules
 * stay free of wording: dates with {@code advice.date-pattern}, enums with their label
 * {@code advice.enum.<Type>.<CONSTANT>}, collections joined as "a, b and c"; numbers and strings go to the message
 * format as they are.
 */
class AdviceTexts {

	private final MessageSource messages;

	AdviceTexts(MessageSource messages) {
		this.messages = messages;
	}

	String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	String text(String key, List<Object> args, Locale locale) {
		Object[] rendered = args.stream().map(arg -> render(arg, locale)).toArray();
		return this.messages.getMessage(key, rendered, locale);
	}

	private Object render(Object arg, Locale locale) {
		if (arg instanceof LocalDate date) {
			return DateTimeFormatter.ofPattern(text("advice.date-pattern", locale), locale).format(date);
		}
		if (arg instanceof Enum<?> constant) {
			return text("advice.enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name(), locale);
		}
		if (arg instanceof Collection<?> items) {
			return join(items.stream().map(item -> String.valueOf(render(item, locale))).toList(), locale);
		}
		return arg;
	}

	private String join(List<String> items, Locale locale) {
		if (items.size() < 2) {
			return String.join("", items);
		}
		String and = " " + text("advice.list.and", locale) + " ";
		return String.join(", ", items.subList(0, items.size() - 1)) + and + items.get(items.size() - 1);
	}

}
