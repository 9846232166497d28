package org.crampwise.nights;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar's cells are written as HTML in Java ({@code CalendarPageController.Cells.grid}) and put into the page
 * unescaped, so the grid itself must escape every text and attribute value, and keep the template's elements.
 */
class CalendarCellsTests {

	private static final LocalDate DAY = LocalDate.of(2026, 3, 4);

	@Test
	void labelsAndLinksAreEscapedAsTheTemplateEscapedThem() {
		Night night = new Night(DAY, NightStatus.CRAMPS, 2, true, false);
		var day = new CalendarPageController.Day(DAY, night, true, "cramps", true, "Mié <b>4</b> \"x\" & y",
				"calendar-day calendar-cramps", "?night=2026-03-04&a=\"#night");

		String html = CalendarPageController.Cells.grid(List.of("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"), 2, List.of(day));

		assertThat(html).contains("title=\"Mié &lt;b&gt;4&lt;/b&gt; &quot;x&quot; &amp; y\"")
			.contains("aria-label=\"Mié &lt;b&gt;4&lt;/b&gt; &quot;x&quot; &amp; y\"")
			.contains("href=\"?night=2026-03-04&amp;a=&quot;#night\"")
			.doesNotContain("<b>")
			.contains("id=\"day-2026-03-04\"", "data-state=\"cramps\"", "aria-current=\"date\"",
					"<span class=\"calendar-mark\" aria-hidden=\"true\">&#x2716;</span>",
					"<span class=\"calendar-ci\" aria-hidden=\"true\">&#x25AA;</span>");
		assertThat(html.split("class=\"calendar-weekday\"", -1)).hasSize(8);
		assertThat(html.split("class=\"calendar-blank\"", -1)).hasSize(3);
	}

	@Test
	void aNightNotYetBegunIsATitledSpanWithoutLinkOrMark() {
		var day = new CalendarPageController.Day(DAY, null, false, "future", false, "Wednesday 4 March: Not yet",
				"calendar-day calendar-future", "?night=2026-03-04#night");

		String html = CalendarPageController.Cells.grid(List.of("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"), 0, List.of(day));

		assertThat(html).contains("<span id=\"day-2026-03-04\" class=\"calendar-later\" title=\"Wednesday 4 March: Not yet\""
				+ " data-state=\"future\"><span class=\"calendar-num\">4</span></span>")
			.doesNotContain("<a ", "calendar-mark", "aria-current");
	}

}
