package org.crampwise.nights;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.unbescape.html.HtmlEscape;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import org.crampwise.account.AccountId;
import org.crampwise.system.DataVersions;
import org.crampwise.system.ReadModelCache;

/**
 * {@code /calendar/{year}}: the year of nights, one block per month (docs/insights.md). Read with one
 * {@link NightService#range} call; a day links to the same page with that night selected, which offers its check-in,
 * its cramps, and "no cramps" (or taking it back).
 */
@Controller
class CalendarPageController {

	/** The earliest year the calendar shows: the oldest night the diaries accept. */
	static final int FIRST_YEAR = 1900;

	/**
	 * Years the cache of months holds at most: a year's cells are some 120 kB of text (its twelve sections and them
	 * joined; docs/operations.md, "Running fast"), so only those of the users active right now.
	 */
	static final int YEARS_CACHED = 64;

	private final NightService nights;

	private final MessageSource messages;

	private final ReadModelCache<YearKey, Year> years;

	CalendarPageController(NightService nights, MessageSource messages, DataVersions versions) {
		this.nights = nights;
		this.messages = messages;
		this.years = versions.cache(YEARS_CACHED);
	}

	@GetMapping("/calendar")
	String thisYear(AccountId me) {
		return "redirect:/calendar/" + this.nights.tonight(me).getYear();
	}

	/** The months of one year, none selected, built once per owner's data version, day and language. */
	private Year year(AccountId me, int year, LocalDate tonight, Locale locale) {
		LocalDate first = LocalDate.of(year, 1, 1);
		LocalDate last = LocalDate.of(year, 12, 31);
		LocalDate shownLast = last.isAfter(tonight) ? tonight : last;
		Map<LocalDate, Night> byNight = new HashMap<>();
		this.nights.cachedNights(me, first, shownLast).forEach(n -> byNight.put(n.nightOf(), n));
		Cells cells = new Cells(this.messages, locale);
		List<String> months = new ArrayList<>(12);
		for (int m = 1; m <= 12; m++) {
			months.add(month(cells, YearMonth.of(year, m), byNight, null));
		}
		return new Year(List.copyOf(months), joined(months), Map.copyOf(byNight));
	}

	/** The month sections as the content of the page's {@code <div class="calendar-months">}. */
	private static String joined(List<String> months) {
		return String.join("", months) + "\n  ";
	}

	/** One month's section of the page: its heading and its grid of days. */
	private static String month(Cells cells, YearMonth month, Map<LocalDate, Night> byNight,
			@Nullable LocalDate night) {
		int blanks = month.atDay(1).getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
		List<Day> days = new ArrayList<>(month.lengthOfMonth());
		for (int d = 1; d <= month.lengthOfMonth(); d++) {
			LocalDate date = month.atDay(d);
			days.add(cells.day(date, byNight.get(date), date.equals(night)));
		}
		return cells.section(month, cells.grid(blanks, days));
	}

	/**
	 * A year's months as shown with no night selected, and its nights by date.
	 * @param months its twelve month sections, each as HTML ({@link Cells#section})
	 * @param html the twelve joined: the page's whole months section, written once per key rather than by a
	 * template loop per request
	 * @param byNight the nights up to tonight
	 */
	record Year(List<String> months, String html, Map<LocalDate, Night> byNight) {
	}

	/**
	 * What a year's months depend on besides the owner's data: tonight ends it, the language words it. Not the
	 * application's path: the days' links are relative to the page.
	 */
	private record YearKey(int year, LocalDate tonight, Locale locale) {
	}

	@GetMapping("/calendar/{year}")
	String year(AccountId me, @PathVariable int year,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate night, Model model) {
		LocalDate tonight = this.nights.tonight(me);
		if (year < FIRST_YEAR || year > tonight.getYear()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no calendar for that year");
		}
		Locale locale = LocaleContextHolder.getLocale();
		Year shown = this.years.get(me.value(), new YearKey(year, tonight, locale),
				() -> year(me, year, tonight, locale));
		String months = shown.html();
		if (night != null && night.getYear() == year) {
			// the selected night's month again, with its cell selected: the other eleven are the cached ones
			int m = night.getMonthValue();
			List<String> sections = new ArrayList<>(shown.months());
			sections.set(m - 1, month(new Cells(this.messages, locale), YearMonth.of(year, m), shown.byNight(), night));
			months = joined(sections);
		}
		Night selected = (night != null) ? shown.byNight().get(night) : null;
		model.addAttribute("selectedState", (selected != null) ? Day.state(selected) : null);
		model.addAttribute("year", year);
		model.addAttribute("previousYear", (year > FIRST_YEAR) ? year - 1 : null);
		model.addAttribute("nextYear", (year < tonight.getYear()) ? year + 1 : null);
		model.addAttribute("months", months);
		model.addAttribute("selected", selected);
		model.addAttribute("tonight", tonight);
		return "nights/calendar";
	}

	/**
	 * What each day's cell says, worked out in Java once per page rather than by a dozen template expressions per
	 * day (a year is 365 cells): the texts of the request's language, looked up once.
	 */
	static final class Cells {

		private final DateTimeFormatter label;

		private final Map<String, String> states = new HashMap<>();

		private final String checkInDone;

		/** The weekday heads, Monday first, in the request's language. */
		private final List<String> weekdays;

		/** A month's heading ("January 2026"), in the request's language. */
		private final DateTimeFormatter monthHeading;

		Cells(MessageSource messages, Locale locale) {
			this.label = DateTimeFormatter.ofPattern(messages.getMessage("format.date.weekdayNoYear", null, locale),
					locale);
			for (String state : List.of("cramps", "none", "unknown", "future")) {
				this.states.put(state, messages.getMessage("calendar.state." + state, null, locale));
			}
			this.checkInDone = messages.getMessage("calendar.checkIn.done", null, locale);
			this.weekdays = List.of(messages.getMessage("calendar.weekdays", null, locale).split(","));
			this.monthHeading = DateTimeFormatter.ofPattern(messages.getMessage("format.date.month", null, locale),
					locale);
		}

		Day day(LocalDate date, @Nullable Night night, boolean selected) {
			String state = Day.state(night);
			boolean checkIn = night != null && night.checkIn();
			String label = this.label.format(date) + ": " + this.states.get(state)
					+ (checkIn ? ", " + this.checkInDone : "");
			// relative to the page (/calendar/{year}, under any application path): the same page with the night chosen
			return new Day(date, night, selected, state, checkIn, label, "?night=" + date + "#night");
		}

		/**
		 * A month's section of the page: its heading, formatted as {@code #temporals.format} formats it and escaped as
		 * {@code th:text} escapes, and its grid.
		 */
		String section(YearMonth month, String grid) {
			return "\n    <section class=\"calendar-month\" id=\"month-" + month.getMonthValue() + "\">\n      <h2>"
					+ HtmlEscape.escapeHtml4Xml(this.monthHeading.format(month.atDay(1))) + "</h2>\n"
					+ "      <ol class=\"calendar-grid\">" + grid + "</ol>\n    </section>";
		}

		/** A month's cells as HTML, headed by the weekdays of the request's language. */
		String grid(int blanks, List<Day> days) {
			return grid(this.weekdays, blanks, days);
		}

		/**
		 * A month's cells as HTML, every text and attribute value escaped as {@code th:text} and {@code th:attr}
		 * escape them. A cell says each thing once, as few bytes as it can, since a year of them is most of the page
		 * and its rate is bound by bytes (docs/operations.md): the label only as the link's {@code aria-label} (the
		 * stylesheet shows it as the tooltip), the state only as {@code data-state} (which the stylesheet styles and
		 * the tests read), a check-in as {@code data-ci}, the selected night as {@code aria-current}; the marks are
		 * the stylesheet's generated content in the empty {@code <i>}, so not in the text a screen reader reads. A
		 * night not yet begun has no link and its label as its {@code title} (an {@code aria-label} on a plain
		 * {@code span} is not allowed by ARIA).
		 */
		static String grid(List<String> weekdays, int blanks, List<Day> days) {
			StringBuilder html = new StringBuilder(days.size() * 160);
			for (String weekday : weekdays) {
				html.append("<li aria-hidden=\"true\">").append(HtmlEscape.escapeHtml4Xml(weekday)).append("</li>\n");
			}
			for (int b = 0; b < blanks; b++) {
				html.append("<li aria-hidden=\"true\"></li>\n");
			}
			for (Day day : days) {
				String label = HtmlEscape.escapeHtml4Xml(day.label());
				if (day.night() != null) {
					html.append("<li><a href=\"").append(HtmlEscape.escapeHtml4Xml(day.href()))
						.append("\" id=\"day-").append(day.date()).append("\" aria-label=\"").append(label)
						.append("\" data-state=\"").append(day.state()).append('"');
					if (day.checkIn()) {
						html.append(" data-ci");
					}
					if (day.selected()) {
						html.append(" aria-current=\"date\"");
					}
					html.append('>').append(day.date().getDayOfMonth()).append("<i></i></a></li>\n");
				}
				else {
					html.append("<li><span id=\"day-").append(day.date()).append("\" title=\"").append(label)
						.append("\" data-state=\"").append(day.state()).append("\">").append(day.date().getDayOfMonth())
						.append("</span></li>\n");
				}
			}
			return html.toString();
		}

	}

	/**
	 * One day of the calendar.
	 *
	 * @param date the night
	 * @param night what is known about it; null for a night that has not begun
	 * @param selected whether it is the night the page shows the actions of
	 * @param state {@code cramps}, {@code none}, {@code unknown} or {@code future}: the cell's {@code data-state} and
	 * message key
	 * @param checkIn whether the night has a check-in
	 * @param label the cell's accessible name ("Monday 2 March: Cramp night, check-in done")
	 * @param href the link that selects the night
	 */
	record Day(LocalDate date, @Nullable Night night, boolean selected, String state, boolean checkIn, String label,
			String href) {

		static String state(@Nullable Night night) {
			if (night == null) {
				return "future";
			}
			return switch (night.status()) {
				case CRAMPS -> "cramps";
				case NO_CRAMPS -> "none";
				case UNKNOWN -> "unknown";
			};
		}

	}

}
