package org.crampwise.profile;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.thymeleaf.spring6.context.IThymeleafBindStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.support.RequestContext;

import org.crampwise.system.FormFieldsHtml;
import org.crampwise.system.FormFieldsHtml.Rendering;
import org.crampwise.system.Languages;

/**
 * The profile form's fields (birth year, pregnancy, conditions, time zone, language) and the medication form's
 * (name, class, dates) as HTML, the markup the templates (profile/form.html and profile/medication.html with their
 * former profile/medication-fields.html and the shared fragments/forms.html inputs) rendered before (issue 11: those
 * fragments, bound fields with their options, labels, help and errors, were most of the page's own cost). The
 * templates include them inside their {@code th:object} forms with
 * {@code th:utext="${profileFields.profile(springRequestContext, zoneOptions)}"} and
 * {@code th:utext="${profileFields.medication(springRequestContext)}"}.
 * <p>
 * Typing a medication's name asks the catalog for suggestions (medications.js); picking one fills in the class.
 * Without the script the server looks the name up when the class is left on "look it up".
 */
public final class ProfileFieldsHtml {

	static final String PROFILE_FORM = "profileForm";

	static final String MEDICATION_FORM = "medicationForm";

	private static final List<String> LANGUAGES = Languages.SUPPORTED.stream().map(Locale::toLanguageTag).toList();

	private final FormFieldsHtml fields = new FormFieldsHtml();

	/** The medication list's date format ({@code format.date.short}) of each locale. */
	private final Map<Locale, DateTimeFormatter> shortDates = new ConcurrentHashMap<>();

	/**
	 * The profile form's fields with the values, the answers sent back and their errors.
	 * @param context the template's {@code springRequestContext}
	 * @param zoneOptions the time zone select's options, already HTML ({@link ProfileController#zoneOptions})
	 */
	public String profile(RequestContext context, String zoneOptions) {
		Rendering form = this.fields.of(context, PROFILE_FORM);
		StringBuilder html = new StringBuilder(6_000 + zoneOptions.length());
		form.input(html, "birthYear", "profile.birthYear", "number", "profile.birthYear.help", "bday-year");
		pregnancy(html, form);
		conditions(html, form);
		timeZone(html, form, zoneOptions);
		language(html, form);
		return html.toString();
	}

	/**
	 * The medication list's items: each medicine's name, class, dates and what it means for cramps, with its edit
	 * link, a "stopped it today" form while it is taken and a delete form, as the template's {@code th:each} wrote
	 * them (a tenth of the page's cost with two medicines). The forms carry the request's CSRF field.
	 * @param context the template's {@code springRequestContext}
	 * @param rows the page's {@code medications}
	 * @param csrf the request's token ({@code _csrf})
	 */
	public String medications(RequestContext context, List<ProfileController.MedicationRow> rows,
			@Nullable CsrfToken csrf) {
		Rendering form = this.fields.of(context, MEDICATION_FORM);
		DateTimeFormatter dates = this.shortDates.computeIfAbsent(context.getLocale(), locale -> DateTimeFormatter
			.ofPattern(context.getMessage("format.date.short", (Object[]) null), locale));
		String csrfField = FormFieldsHtml.csrfField(csrf);
		String base = FormFieldsHtml.escape(context.getContextPath() + "/profile/medications/");
		StringBuilder html = new StringBuilder(1_200 * rows.size());
		for (ProfileController.MedicationRow row : rows) {
			Medication m = row.medication();
			String name = FormFieldsHtml.escape(m.name());
			html.append("<li class=\"medication-item\">\n<p class=\"medication-title\">\n<strong>")
				.append(name)
				.append("</strong>\n<span class=\"medication-class\">")
				.append(form.text("drugClass." + m.drugClass()))
				.append("</span>\n</p>\n<p class=\"muted medication-dates\">")
				.append(FormFieldsHtml.escape(dates(context, dates, m.startedOn(), m.stoppedOn())))
				.append("</p>\n<p class=\"medication-note\">")
				.append(form.text("medication.plain." + m.drugClass()))
				.append("</p>\n<div class=\"actions\">\n<a class=\"button\" href=\"")
				.append(base).append(m.id()).append("/edit\">").append(form.text("medication.edit"))
				.append("</a>\n");
			if (m.stoppedOn() == null) {
				html.append("<form action=\"").append(base).append(m.id())
					.append("/stop\" method=\"post\" class=\"inline-form\">")
					.append(csrfField)
					.append("\n<button type=\"submit\" class=\"button\">")
					.append(form.text("medication.stop"))
					.append("</button>\n</form>\n");
			}
			html.append("<form action=\"").append(base).append(m.id())
				.append("/delete\" method=\"post\" class=\"inline-form\" data-confirm=\"")
				.append(FormFieldsHtml.escape(context.getMessage("medication.delete.confirm", new Object[] { m.name() })))
				.append("\">")
				.append(csrfField)
				.append("\n<button type=\"submit\" class=\"button button-danger\">")
				.append(form.text("medication.delete"))
				.append("</button>\n</form>\n</div>\n</li>\n");
		}
		return html.toString();
	}

	/** "Since 5 Jan 2026, still taking", "Start not given, stopped 1 Jun 2026" and the like, not escaped. */
	private static String dates(RequestContext context, DateTimeFormatter dates, @Nullable LocalDate startedOn,
			@Nullable LocalDate stoppedOn) {
		String from = (startedOn != null) ? dates.format(startedOn) : null;
		String to = (stoppedOn != null) ? dates.format(stoppedOn) : null;
		if (from != null) {
			return (to != null) ? context.getMessage("medication.dates.stopped", new Object[] { from, to })
					: context.getMessage("medication.dates.ongoing", new Object[] { from });
		}
		return (to != null) ? context.getMessage("medication.dates.unknownStartStopped", new Object[] { to })
				: context.getMessage("medication.dates.unknownStart", (Object[]) null);
	}

	/**
	 * The medication form's fields (adding on the profile page, editing on its own page).
	 * @param context the template's {@code springRequestContext}
	 */
	public String medication(RequestContext context) {
		Rendering form = this.fields.of(context, MEDICATION_FORM);
		StringBuilder html = new StringBuilder(4_000);
		name(html, form);
		drugClass(html, form);
		html.append("<div class=\"date-pair\">\n");
		form.input(html, "startedOn", "medication.startedOn", "date", "medication.startedOn.help", "off");
		form.input(html, "stoppedOn", "medication.stoppedOn", "date", "medication.stoppedOn.help", "off");
		html.append("</div>\n");
		return html.toString();
	}

	private static void pregnancy(StringBuilder html, Rendering form) {
		IThymeleafBindStatus status = form.status("pregnancy");
		boolean invalid = status.isError();
		open(html, invalid);
		html.append("<label for=\"pregnancy\">").append(form.text("profile.pregnancy")).append("</label>\n");
		html.append(invalid ? "<select aria-describedby=\"pregnancy-errors\"" : "<select")
			.append(" id=\"pregnancy\" name=\"pregnancy\">\n");
		for (Pregnancy pregnancy : Pregnancy.values()) {
			option(html, status, pregnancy.toString(), form.text("pregnancy." + pregnancy));
		}
		html.append("</select>\n");
		Rendering.errors(html, "pregnancy", status);
		html.append("</div>\n");
	}

	private static void conditions(StringBuilder html, Rendering form) {
		IThymeleafBindStatus status = form.status("conditions");
		boolean invalid = status.isError();
		html.append(invalid
				? "<fieldset class=\"field checkbox-list field-invalid\" aria-describedby=\"conditions-help conditions-errors\">\n"
				: "<fieldset class=\"field checkbox-list\" aria-describedby=\"conditions-help\">\n");
		html.append("<legend>").append(form.text("profile.conditions")).append("</legend>\n");
		html.append("<p class=\"field-help\" id=\"conditions-help\">")
			.append(form.text("profile.conditions.help"))
			.append("</p>\n");
		int seq = 0;
		for (HealthCondition condition : HealthCondition.values()) {
			String value = condition.toString();
			html.append("<label class=\"checkbox\">\n<input type=\"checkbox\" value=\"")
				.append(FormFieldsHtml.escape(value))
				.append("\" id=\"conditions")
				.append(++seq)
				.append("\" name=\"conditions\"")
				.append(Rendering.selected(status, value) ? " checked=\"checked\">" : ">")
				.append("<input type=\"hidden\" name=\"_conditions\" value=\"on\"/>\n");
			html.append("<span>").append(form.text("condition." + value)).append("</span>\n</label>\n");
		}
		Rendering.errors(html, "conditions", status);
		html.append("</fieldset>\n");
	}

	private static void timeZone(StringBuilder html, Rendering form, String zoneOptions) {
		IThymeleafBindStatus status = form.status("timeZone");
		boolean invalid = status.isError();
		open(html, invalid);
		html.append("<label for=\"timeZone\">").append(form.text("profile.timeZone")).append("</label>\n");
		select(html, "timeZone", invalid);
		html.append(zoneOptions).append("\n</select>\n");
		help(html, form, "timeZone", "profile.timeZone.help");
		Rendering.errors(html, "timeZone", status);
		html.append("</div>\n");
	}

	private static void language(StringBuilder html, Rendering form) {
		IThymeleafBindStatus status = form.status("language");
		boolean invalid = status.isError();
		open(html, invalid);
		html.append("<label for=\"language\">").append(form.text("profile.language")).append("</label>\n");
		select(html, "language", invalid);
		option(html, status, "", form.text("profile.language.browser"));
		for (String tag : LANGUAGES) {
			String escaped = FormFieldsHtml.escape(tag);
			html.append("<option value=\"").append(escaped).append("\" lang=\"").append(escaped).append('"');
			if (Rendering.selected(status, tag)) {
				html.append(" selected=\"selected\"");
			}
			html.append('>').append(form.text("language.name." + tag)).append("</option>\n");
		}
		html.append("</select>\n");
		help(html, form, "language", "profile.language.help");
		Rendering.errors(html, "language", status);
		html.append("</div>\n");
	}

	private static void name(StringBuilder html, Rendering form) {
		IThymeleafBindStatus status = form.status("name");
		boolean invalid = status.isError();
		html.append(invalid ? "<div class=\"field medication-name field-invalid\">\n"
				: "<div class=\"field medication-name\">\n");
		html.append("<label for=\"name\">").append(form.text("medication.name")).append("</label>\n");
		html.append("<input type=\"text\" maxlength=\"100\" autocomplete=\"off\" spellcheck=\"false\""
				+ " autocapitalize=\"none\" data-catalog-url=\"")
			.append(form.url("/api/v1/medications/catalog"))
			.append(invalid ? "\" aria-describedby=\"name-help name-errors\"" : "\" aria-describedby=\"name-help\"")
			.append(" aria-invalid=\"")
			.append(invalid)
			.append("\" id=\"name\" name=\"name\" value=\"")
			.append(Rendering.value(status))
			.append("\">\n");
		html.append("<ul id=\"medication-suggestions\" class=\"suggestions\" hidden aria-label=\"")
			.append(form.text("medication.suggestions"))
			.append("\"></ul>\n");
		html.append("<p class=\"visually-hidden\" id=\"medication-suggestions-status\" aria-live=\"polite\""
				+ " data-none=\"")
			.append(form.text("medication.suggestions.none"))
			.append("\" data-some=\"")
			.append(form.text("medication.suggestions.some"))
			.append("\"></p>\n");
		help(html, form, "name", "medication.name.help");
		Rendering.errors(html, "name", status);
		html.append("</div>\n");
	}

	private static void drugClass(StringBuilder html, Rendering form) {
		IThymeleafBindStatus status = form.status("drugClass");
		boolean invalid = status.isError();
		open(html, invalid);
		html.append("<label for=\"drugClass\">").append(form.text("medication.drugClass")).append("</label>\n");
		select(html, "drugClass", invalid);
		option(html, status, "", form.text("medication.drugClass.lookUp"));
		for (DrugClass drugClass : DrugClass.values()) {
			option(html, status, drugClass.toString(), form.text("drugClass." + drugClass));
		}
		html.append("</select>\n");
		help(html, form, "drugClass", "medication.drugClass.help");
		Rendering.errors(html, "drugClass", status);
		html.append("</div>\n");
	}

	private static void open(StringBuilder html, boolean invalid) {
		html.append(invalid ? "<div class=\"field field-invalid\">\n" : "<div class=\"field\">\n");
	}

	/** A select whose help is {@code NAME-help}, with its errors when it has some. */
	private static void select(StringBuilder html, String name, boolean invalid) {
		html.append("<select aria-describedby=\"").append(name).append("-help");
		if (invalid) {
			html.append(' ').append(name).append("-errors");
		}
		html.append("\" id=\"").append(name).append("\" name=\"").append(name).append("\">\n");
	}

	private static void option(StringBuilder html, IThymeleafBindStatus status, String value, String label) {
		html.append("<option value=\"").append(FormFieldsHtml.escape(value)).append('"');
		if (Rendering.selected(status, value)) {
			html.append(" selected=\"selected\"");
		}
		html.append('>').append(label).append("</option>\n");
	}

	private static void help(StringBuilder html, Rendering form, String name, String code) {
		html.append("<p class=\"field-help\" id=\"")
			.append(name)
			.append("-help\">")
			.append(form.text(code))
			.append("</p>\n");
	}

}
