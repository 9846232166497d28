package org.crampwise.episode;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import org.jspecify.annotations.Nullable;
import org.unbescape.html.HtmlEscape;

import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The diary's episodes as HTML, made in Java once per page rather than by some thirty template expressions per row
 * (issue 11: they were two thirds of the page's cost): the texts of the request's language looked up once a page, each
 * message with arguments parsed once a page (a {@link MessageFormat} of its own, so no lock is shared with other
 * requests), the times formatted with one formatter. The elements, attributes and texts are those the templates
 * wrote ({@code DiaryHtmlTests} compares the pages with the ones recorded before), every text and attribute value
 * escaped as {@code th:text} escapes it.
 * <p>
 * The links are the context path and the page's path, as {@code @{...}} writes them: the session is never put into a
 * URL (Spring Security's {@code DisableEncodeUrlFilter}) and no page path matches a static-file pattern of
 * {@code ResourceUrlEncodingFilter}. The delete forms carry the request's CSRF token in the hidden field Spring
 * Security's {@code CsrfRequestDataValueProcessor} gives a {@code th:action} form.
 */
final class EpisodeSummaries {

	private final MessageSource messages;

	private final Locale locale;

	private final String contextPath;

	private final String csrfField;

	private final DateTimeFormatter time;

	private final Map<String, String> texts = new HashMap<>();

	private final Map<String, MessageFormat> formats = new HashMap<>();

	private final Map<Enum<?>, String> labels = new HashMap<>();

	/** The messages with arguments already formatted on this page ("7/10" comes back often), by code and arguments. */
	private final Map<String, String> formatted = new HashMap<>();

	/** What a {@link MessageFormat} formats a bare {@code {0}} number with, made once a page rather than per use. */
	private final NumberFormat numbers;

	/**
	 * What rows made to be cached hold in place of the delete forms' hidden CSRF field (the diary puts the
	 * request's in, per request): a token is never cached. No text of a row can contain it: each is escaped, so has no
	 * {@code <}.
	 */
	static final String CSRF_FIELD = "<csrf-field/>";

	EpisodeSummaries(MessageSource messages, Locale locale, String contextPath, @Nullable CsrfToken csrf) {
		this(messages, locale, contextPath, csrfField(csrf));
	}

	/** Rows whose delete forms carry {@code csrfField} ({@link #CSRF_FIELD} for rows that are cached). */
	EpisodeSummaries(MessageSource messages, Locale locale, String contextPath, String csrfField) {
		this.messages = messages;
		this.locale = locale;
		this.contextPath = contextPath;
		this.csrfField = csrfField;
		this.time = DateTimeFormatter.ofPattern(text("format.time"), locale);
		this.numbers = NumberFormat.getInstance(locale);
	}

	/** The hidden field Spring Security's {@code CsrfRequestDataValueProcessor} gives a {@code th:action} form. */
	static String csrfField(@Nullable CsrfToken csrf) {
		return org.crampwise.system.FormFieldsHtml.csrfField(csrf);
	}

	/** Groups a page of episodes, newest first, by night, keeping the order, each night with its heading and rows. */
	List<DiaryNight> nights(List<Episode> episodes, ZoneId zone) {
		Map<LocalDate, List<DiaryNight.Row>> nights = new LinkedHashMap<>();
		for (Episode episode : episodes) {
			nights.computeIfAbsent(episode.nightOf(), night -> new ArrayList<>()).add(DiaryNight.Row.of(episode, zone));
		}
		DateTimeFormatter date = DateTimeFormatter.ofPattern(text("format.date.weekday"), this.locale);
		List<DiaryNight> diary = new ArrayList<>(nights.size());
		StringBuilder html = new StringBuilder(4096);
		for (Map.Entry<LocalDate, List<DiaryNight.Row>> night : nights.entrySet()) {
			html.setLength(0);
			for (DiaryNight.Row row : night.getValue()) {
				item(html, row);
			}
			diary.add(new DiaryNight(night.getKey(), List.copyOf(night.getValue()),
					format("episode.diary.night", date.format(night.getKey())), html.toString()));
		}
		return diary;
	}

	/** One episode of the diary: its list item, with its summary and its edit and delete actions. */
	private void item(StringBuilder html, DiaryNight.Row row) {
		long id = row.episode().id();
		html.append("\n<li class=\"episode");
		if (!row.episode().warningSigns().isEmpty()) {
			html.append(" episode-has-warning");
		}
		html.append("\" id=\"episode-").append(id).append("\">\n");
		summary(html, row);
		html.append("\n<div class=\"episode-actions\">\n<a class=\"button\" href=\"").append(escape(this.contextPath))
			.append("/episodes/").append(id).append("/edit\">").append(escape(text("episode.diary.edit")))
			.append("</a>\n<form action=\"").append(escape(this.contextPath)).append("/episodes/").append(id)
			.append("/delete\" method=\"post\" class=\"inline-form\" data-confirm=\"")
			.append(escape(text("episode.diary.confirm"))).append("\">").append(this.csrfField)
			.append("\n<button type=\"submit\" class=\"button button-danger\">")
			.append(escape(text("episode.diary.delete"))).append("</button>\n</form>\n</div>\n</li>\n");
	}

	/** One episode as the diary and the delete confirmation show it. */
	String summary(DiaryNight.Row row) {
		StringBuilder html = new StringBuilder(1024);
		summary(html, row);
		return html.toString();
	}

	private void summary(StringBuilder html, DiaryNight.Row row) {
		Episode episode = row.episode();
		html.append("<div class=\"episode-summary\">\n<p class=\"episode-head\">\n<time class=\"episode-time\" datetime=\"")
			.append(escape(episode.startedAt().toString())).append("\">").append(escape(this.time.format(row.localStart())))
			.append("</time>\n<span class=\"episode-duration\">")
			.append(escape((row.minutes() > 0) ? format("episode.duration.minutes", row.minutes(), row.seconds())
					: format("episode.duration.seconds", row.seconds())))
			.append("</span>\n");
		if (row.intensityGiven()) {
			html.append("<span class=\"episode-intensity\">")
				.append(escape(format("episode.intensity.value", episode.intensity())));
		}
		else {
			html.append("<span class=\"episode-intensity episode-missing\">")
				.append(escape(text("episode.intensity.notRated")));
		}
		html.append("</span>\n");
		if (episode.daytime()) {
			html.append("<span class=\"episode-daytime\">").append(escape(text("episode.daytime"))).append("</span>\n");
		}
		html.append("</p>\n<p class=\"episode-where\">\n<span>")
			.append(escape((episode.muscle() != null) ? label("episode.muscle.", episode.muscle())
					: text("episode.where.notGiven")))
			.append("</span> \u00b7\n<span>")
			.append(escape((episode.side() != null) ? label("episode.side.", episode.side())
					: text("episode.side.notGiven")))
			.append("</span>");
		if (episode.wokeFromSleep()) {
			html.append(" \u00b7 <span>").append(escape(text("episode.woke"))).append("</span>");
		}
		html.append("\n</p>\n");
		List<Relief> reliefs = row.reliefs();
		if (!reliefs.isEmpty()) {
			StringJoiner tried = new StringJoiner(", ");
			for (Relief relief : reliefs) {
				tried.add(label("episode.relief.", relief));
			}
			html.append("<p class=\"episode-reliefs\">\n<span>").append(escape(format("episode.tried", tried.toString())))
				.append("</span>");
			if (episode.helpedMost() != null) {
				html.append(". <strong>")
					.append(escape(format("episode.helpedMost", label("episode.relief.", episode.helpedMost()))))
					.append("</strong>");
			}
			html.append("\n</p>\n");
		}
		List<WarningSign> signs = row.warningSigns();
		if (!signs.isEmpty()) {
			html.append("<div class=\"episode-warning\" role=\"note\">\n<strong>")
				.append(escape(text("episode.warningSigns"))).append("</strong>\n<ul>\n");
			for (WarningSign sign : signs) {
				html.append("<li>").append(escape(label("episode.warningSign.", sign))).append("</li>\n");
			}
			html.append("</ul>\n</div>\n");
		}
		if (episode.notes() != null) {
			html.append("<p class=\"episode-notes\">").append(escape(episode.notes())).append("</p>\n");
		}
		html.append("</div>");
	}

	private String text(String code) {
		return this.texts.computeIfAbsent(code, key -> this.messages.getMessage(key, null, this.locale));
	}

	/** The message of an enum value ({@code episode.muscle.CALF}), looked up once a page. */
	private String label(String prefix, Enum<?> value) {
		return this.labels.computeIfAbsent(value, key -> text(prefix + key.name()));
	}

	/**
	 * A message with arguments, as the message source formats it ({@code new MessageFormat(message, locale)}), its
	 * pattern parsed once a page and each result kept for the page. Numbers are passed formatted as a bare
	 * {@code {0}} formats them ({@code NumberFormat.getInstance(locale)}, which {@code MessageFormat} would make
	 * anew for every number); a placeholder with a format of its own ({@code {0,choice,...}}) refuses a text, so these
	 * messages must keep bare placeholders.
	 */
	private String format(String code, Object... args) {
		StringBuilder key = new StringBuilder(code);
		for (int i = 0; i < args.length; i++) {
			if (args[i] instanceof Number number) {
				args[i] = this.numbers.format(number);
			}
			key.append('\0').append(args[i]);
		}
		return this.formatted.computeIfAbsent(key.toString(),
				k -> this.formats.computeIfAbsent(code, c -> new MessageFormat(text(c), this.locale)).format(args));
	}

	private static String escape(String text) {
		return HtmlEscape.escapeHtml4Xml(text);
	}

}
