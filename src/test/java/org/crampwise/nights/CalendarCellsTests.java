package org.crampwise.nights;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar's cells are written as HTML in Java ({@code CalendarPageController.Cells.grid}) and put into the page
 * unescaped, so the grid itself must escape every text and attribute value; each cell says its label, state,
 * check-in and selection once.
 */
class CalendarCellsTests {

	private static final LocalDate DAY = LocalDate.of(2026, 3, 4);

	@Test
	void labelsAndLinksAreEscapedAsTheTemplateEscapedThem() {
		Night night = new Night(DAY, NightStatus.CRAMPS, 2, true, false);
		var day = new CalendarPageController.Day(DAY, night, true, "cramps", true, "Mié <b>4</b> \"x\" & y",
				"?night=2026-03-04&a=\"#night");

		String html = CalendarPageController.Cells.grid(List.of("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"), 2, List.of(day));

		assertThat(html).contains("aria-label=\"Mié &lt;b&gt;4&lt;/b&gt; &quot;x&quot; &amp; y\"")
			.contains("href=\"?night=2026-03-04&amp;a=&quot;#night\"")
			.doesNotContain("<b>")
			.contains("<li><a href=\"?night=2026-03-04&amp;a=&quot;#night\" id=\"day-2026-03-04\" aria-label=\"Mié"
					+ " &lt;b&gt;4&lt;/b&gt; &quot;x&quot; &amp; y\" data-state=\"cramps\" data-ci aria-current=\"date\">4"
					+ "<i></i></a></li>");
		// the label once: the tooltip is the stylesheet's, from the aria-label
		assertThat(html).doesNotContain("title=");
		assertThat(html.split("<li aria-hidden=\"true\">[A-Z][a-z]</li>", -1)).hasSize(8);
		assertThat(html.split("<li aria-hidden=\"true\"></li>", -1)).hasSize(3);
	}

	@Test
	void aNightWithoutCheckInNorSelectionSaysNeither() {
		Night night = new Night(DAY, NightStatus.NO_CRAMPS, 0, false, false);
		var day = new CalendarPageController.Day(DAY, night, false, "none", false, "Wednesday 4 March: No cramps",
				"?night=2026-03-04#night");

		String html = CalendarPageController.Cells.grid(List.of("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"), 0, List.of(day));

		assertThat(html).contains("<li><a href=\"?night=2026-03-04#night\" id=\"day-2026-03-04\""
				+ " aria-label=\"Wednesday 4 March: No cramps\" data-state=\"none\">4<i></i></a></li>")
			.doesNotContain("data-ci", "aria-current");
	}

	@Test
	void aNightNotYetBegunIsATitledSpanWithoutLinkOrMark() {
		var day = new CalendarPageController.Day(DAY, null, false, "future", false, "Wednesday 4 March: Not yet <&>",
				"?night=2026-03-04#night");

		String html = CalendarPageController.Cells.grid(List.of("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"), 0, List.of(day));

		assertThat(html).contains("<li><span id=\"day-2026-03-04\" title=\"Wednesday 4 March: Not yet &lt;&amp;&gt;\""
				+ " data-state=\"future\">4</span></li>")
			.doesNotContain("<a ", "<i>", "aria-current", "aria-label");
	}

}
