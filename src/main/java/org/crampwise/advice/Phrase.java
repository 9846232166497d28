package org.crampwise.advice;

import java.util.Arrays;
import java.util.List;

/**
 * A piece of a reason with its own message key and arguments, used as an argument of another reason (the baseline
 * comparison that every nightly factor's reason ends with). {@code AdviceTexts} renders it in the reader's language.
 *
 * @param key the message key in the advice bundle
 * @param args its arguments, formatted like a reason's
 */
public record Phrase(String key, List<Object> args) {

	public Phrase {
		args = List.copyOf(args);
	}

	public static Phrase of(String key, Object... args) {
		return new Phrase(key, Arrays.asList(args));
	}

}
