package org.crampwise.system;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The languages Crampwise speaks: every bundle under messages/ has a twin for each (MessageBundlesTests keeps them
 * complete). The first is the default, for a browser that asks for none of them. A third language is one more entry
 * here plus its {@code _xx.properties} files (docs/translations.md).
 */
public final class Languages {

	public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));

	private Languages() {
	}

	/** The supported language of this tag ({@code es}, {@code es-MX} -&gt; es), or null. */
	public static @Nullable Locale supported(String tag) {
		String language = Locale.forLanguageTag(tag).getLanguage();
		return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst().orElse(null);
	}

	/** The best supported language for an {@code Accept-Language} header; the default when none fits. */
	public static Locale fromAcceptLanguage(@Nullable String header) {
		if (header != null && !header.isBlank()) {
			try {
				for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
					if (range.getWeight() > 0 && !range.getRange().equals("*")) {
						Locale match = supported(range.getRange());
						if (match != null) {
							return match;
						}
					}
				}
			}
			catch (IllegalArgumentException ex) {
				// a malformed header: the default
			}
		}
		return SUPPORTED.get(0);
	}

}
