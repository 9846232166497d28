package org.crampwise.advice;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.springframework.context.MessageSource;

/**
 * Resolves the advice texts from {@code messages/advice.properties}. Rule arguments are formatted here, so rules
 * stay free of wording: dates with {@code advice.date-pattern}, enums with their label
 * {@code advice.enum.<Type>.<CONSTANT>}, collections joined as "a, b and c"; numbers and strings go to the message
 * format as they are.
 * <p>
 * Cheap and lock-free on the hot path: each text's pattern is looked up once per locale and kept; a text with
 * arguments is formatted by a copy of its parsed {@link MessageFormat}, not by the message source's one shared
 * instance per text (which it locks for every call). The result is exactly the message source's.
 */
class AdviceTexts {

	/** Caches stop growing past this many entries (a client can send any locale); later lookups are not kept. */
	private static final int MAX_CACHED = 10_000;

	private final MessageSource messages;

	private final Map<Key, String> patterns = new ConcurrentHashMap<>();

	private final Map<Key, MessageFormat> formats = new ConcurrentHashMap<>();

	private final Map<Locale, DateTimeFormatter> dateFormats = new ConcurrentHashMap<>();

	AdviceTexts(MessageSource messages) {
		this.messages = messages;
	}

	String text(String key, Locale locale) {
		return cached(this.patterns, new Key(key, locale), k -> this.messages.getMessage(k.code(), null, k.locale()));
	}

	String text(String key, List<Object> args, Locale locale) {
		if (args.isEmpty()) {
			return text(key, locale);
		}
		Object[] rendered = args.stream().map(arg -> render(arg, locale)).toArray();
		MessageFormat prototype = cached(this.formats, new Key(key, locale),
				k -> new MessageFormat(text(k.code(), k.locale()), k.locale()));
		return ((MessageFormat) prototype.clone()).format(rendered);
	}

	private Object render(Object arg, Locale locale) {
		if (arg instanceof Phrase phrase) {
			return text(phrase.key(), phrase.args(), locale);
		}
		if (arg instanceof LocalDate date) {
			return cached(this.dateFormats, locale,
					l -> DateTimeFormatter.ofPattern(text("advice.date-pattern", l), l))
				.format(date);
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

	private static <K, V> V cached(Map<K, V> cache, K key, Function<K, V> compute) {
		V value = cache.get(key);
		if (value != null) {
			return value;
		}
		value = compute.apply(key);
		if (cache.size() < MAX_CACHED) {
			cache.putIfAbsent(key, value);
		}
		return value;
	}

	private record Key(String code, Locale locale) {
	}

}
