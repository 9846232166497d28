package org.crampwise.system;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class StoredTextTests {

	@ParameterizedTest
	@ValueSource(strings = { "", "left calf", "tab\there", "two\nlines", "windows\r\nline", "caf\u00e9 \u6728 \u0645",
			"emoji \uD83D\uDE2B", "\u00a0nbsp", "\uFFFD replacement", "\uD83F\uDFFD last before U+1FFFE" })
	void storableTextPasses(String text) {
		assertThat(StoredText.problem(text)).isNull();
		assertThat(StoredText.clean(text)).isEqualTo(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "\u0000", "\u0001", "\u001b", "\u007f", "\u0080", "\u0085", "\u009f", "\uFFFE", "\uFFFF",
			"\uFDD0", "\uFDEF", "\uD800", "\uDC00", "\uD83F\uDFFE" })
	void controlCharactersNoncharactersAndLoneSurrogatesAreRefusedAndCleanedForRenderers(String character) {
		String text = "ab" + character + "c";
		assertThat(StoredText.problem(text)).startsWith("must not contain the character U+").contains("position 3");
		assertThat(StoredText.clean(text)).isEqualTo("ab\uFFFDc");
	}

}
