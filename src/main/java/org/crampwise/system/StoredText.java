package org.crampwise.system;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The one rule for what text Crampwise stores, for every free-text field of the API and of the forms alike (notes,
 * medication names, names of anything a user makes, user names): any Unicode text except characters that no
 * document we render can carry. Refused are C0 control characters other than tab, line feed and carriage return
 * (NUL included), DEL and the C1 controls U+0080..U+009F, the noncharacters (U+FDD0..U+FDEF and every U+xxFFFE /
 * U+xxFFFF) and a lone surrogate (half of an emoji). XML 1.0 (the PDF report), FHIR JSON, CSV and HTML can all hold
 * the rest. The JSON reader ({@link StrictJsonConfiguration}) and the form binder ({@link StoredTextBinding}) apply it
 * at the edge, so a refused value never reaches a service.
 */
public final class StoredText {

	private StoredText() {
	}

	/** Why this text cannot be stored, as a message of the reader's language, or {@code null} when it can. */
	public static @Nullable MessageSourceResolvable refusal(String text) {
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			if (!allowed(codePoint)) {
				return new DefaultMessageSourceResolvable(new String[] { "problem.text.refused" },
						new Object[] { "U+" + String.format("%04X", codePoint),
								Integer.toString(text.codePointCount(0, i) + 1) });
			}
			i += Character.charCount(codePoint);
		}
		return null;
	}

	/**
	 * Why this text cannot be stored, in English, or {@code null} when it can.
	 * @deprecated use {@link #refusal(String)}, resolved in the reader's language
	 */
	@Deprecated
	public static @Nullable String problem(String text) {
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			if (!allowed(codePoint)) {
				return "must not contain the character U+" + String.format("%04X", codePoint) + " (at position "
						+ (text.codePointCount(0, i) + 1) + "): control characters, noncharacters and half emoji "
						+ "cannot be stored";
			}
			i += Character.charCount(codePoint);
		}
		return null;
	}

	/** Whether a code point may be stored (a lone surrogate arrives here as its own code point and is refused). */
	public static boolean allowed(int codePoint) {
		if (codePoint < 0x20) {
			return codePoint == '\t' || codePoint == '\n' || codePoint == '\r';
		}
		if (codePoint >= 0x7F && codePoint <= 0x9F) {
			return false;
		}
		if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
			return false;
		}
		if (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) {
			return false;
		}
		return (codePoint & 0xFFFE) != 0xFFFE;
	}

	/**
	 * The text with every character the rule refuses replaced by U+FFFD, for renderers reading rows stored before
	 * the rule existed: an old row renders, it never fails a PDF or a FHIR bundle.
	 */
	public static String clean(String text) {
		StringBuilder out = null;
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			int width = Character.charCount(codePoint);
			if (!allowed(codePoint)) {
				if (out == null) {
					out = new StringBuilder(text.length()).append(text, 0, i);
				}
				out.append('\uFFFD');
			}
			else if (out != null) {
				out.appendCodePoint(codePoint);
			}
			i += width;
		}
		return (out == null) ? text : out.toString();
	}

	/** Refused text, as the form binder reports it (a binding failure on that field). */
	public static final class RefusedTextException extends IllegalArgumentException {

		private final MessageSourceResolvable reason;

		public RefusedTextException(MessageSourceResolvable reason) {
			super(String.valueOf(java.util.Arrays.toString(reason.getCodes())));
			this.reason = reason;
		}

		/** Why the text was refused, as a message. */
		public MessageSourceResolvable reason() {
			return this.reason;
		}

		/** The refusal as a problem of the given field. */
		public FieldProblem problemOf(String field) {
			return FieldProblem.of(field, "problem.said", this.reason);
		}

	}

}
