package org.crampwise.checkin;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.thymeleaf.spring6.context.IThymeleafBindStatus;
import org.springframework.web.servlet.support.RequestContext;

import org.crampwise.system.FormFieldsHtml;
import org.crampwise.system.FormFieldsHtml.Rendering;

/**
 * The check-in form's questions (water, the steppers, exercise and the yes/no questions) as HTML, the markup
 * the templates (checkin/form.html with its former checkin/fields.html) rendered before (issue 11: those fragments, a dozen bound fields with
 * their labels, help and errors, were most of the page's cost). The template includes it with
 * {@code th:utext="${checkInFields.html(springRequestContext)}"} inside its {@code th:object} form.
 */
public final class CheckInFieldsHtml {

	private final FormFieldsHtml fields = new FormFieldsHtml();

	/** The look-back strip's day format ({@code format.date.dayOfMonth}) of each locale. */
	private final Map<Locale, DateTimeFormatter> dayOfMonth = new ConcurrentHashMap<>();

	/**
	 * The questions, in the page's order, with the values, the answers sent back and their errors.
	 * @param context the template's {@code springRequestContext}
	 */
	public String html(RequestContext context) {
		Rendering form = this.fields.of(context, CheckInController.FORM);
		StringBuilder html = new StringBuilder(12_000);
		water(html, form);
		stepper(html, form, "alcoholDrinks", "0", "30", "1");
		html.append("<div data-drinks-only>\n");
		stepper(html, form, "hoursFromLastDrinkToBed", "0", "24", "0.5");
		html.append("</div>\n");
		stepper(html, form, "standingHours", "0", "24", "0.5");
		stepper(html, form, "sittingHours", "0", "24", "0.5");
		exercise(html, form);
		yesNo(html, form, "stretchedBeforeBed");
		yesNo(html, form, "warmBathBeforeBed");
		yesNo(html, form, "tightBedding");
		yesNo(html, form, "magnesiumSupplement");
		stepper(html, form, "potassiumFoodServings", "0", "20", "1");
		return html.toString();
	}

	/**
	 * The "look back" strip's items, newest first: each night's link (tonight's is {@code /checkin}), marked saved
	 * or not and the shown night as the current page. As the template's {@code th:each} wrote them: 14 nights of
	 * two links' worth of expressions each were a third of the page's cost.
	 * @param context the template's {@code springRequestContext}
	 */
	public String lookBack(RequestContext context, LocalDate tonight, List<RecentNight> nights) {
		Rendering form = this.fields.of(context, CheckInController.FORM);
		DateTimeFormatter day = this.dayOfMonth.computeIfAbsent(context.getLocale(), locale -> DateTimeFormatter
			.ofPattern(context.getMessage("format.date.dayOfMonth", (Object[]) null), locale));
		String saved = form.text("checkin.lookBack.saved");
		String missing = form.text("checkin.lookBack.missing");
		String base = FormFieldsHtml.escape(context.getContextPath() + "/checkin");
		StringBuilder html = new StringBuilder(150 * nights.size());
		for (RecentNight recent : nights) {
			html.append("<li>\n<a href=\"").append(base);
			if (!recent.night().equals(tonight)) {
				html.append('/').append(recent.night());
			}
			html.append('"');
			if (recent.current()) {
				html.append(" aria-current=\"page\"");
			}
			if (recent.saved()) {
				html.append(" class=\"night-saved\"");
			}
			html.append(">\n<span>")
				.append(FormFieldsHtml.escape(day.format(recent.night())))
				.append("</span>\n<span class=\"night-mark\">")
				.append(recent.saved() ? saved : missing)
				.append("</span>\n</a>\n</li>\n");
		}
		return html.toString();
	}

	private static void water(StringBuilder html, Rendering form) {
		IThymeleafBindStatus amount = form.status("waterAmount");
		boolean invalid = amount.isError();
		html.append("<fieldset class=\"field water-field").append(invalid ? " field-invalid" : "").append("\">\n");
		html.append("<legend>").append(form.text("checkin.water")).append("</legend>\n");
		html.append("<div class=\"water-inputs\">\n");
		html.append("<label class=\"visually-hidden\" for=\"waterAmount\">")
			.append(form.text("checkin.water.amount"))
			.append("</label>\n");
		html.append("<input type=\"number\" min=\"0\" step=\"any\" inputmode=\"decimal\" aria-describedby=\"")
			.append(invalid ? "waterAmount-help waterAmount-errors" : "waterAmount-help")
			.append("\" aria-invalid=\"")
			.append(invalid)
			.append("\" id=\"waterAmount\" name=\"waterAmount\" value=\"")
			.append(Rendering.numberValue(amount))
			.append("\">\n");
		html.append("<label class=\"visually-hidden\" for=\"waterUnit\">")
			.append(form.text("checkin.water.unit"))
			.append("</label>\n");
		IThymeleafBindStatus unit = form.status("waterUnit");
		html.append("<select data-glass-ml=\"").append(WaterUnit.GLASS_ML).append("\" id=\"waterUnit\" name=\"waterUnit\">\n");
		for (WaterUnit option : WaterUnit.values()) {
			String value = option.toString();
			html.append("<option value=\"").append(FormFieldsHtml.escape(value)).append('"');
			if (Rendering.selected(unit, value)) {
				html.append(" selected=\"selected\"");
			}
			html.append('>').append(form.text("checkin.water.unit." + value)).append("</option>\n");
		}
		html.append("</select>\n</div>\n");
		html.append("<p class=\"field-help\" id=\"waterAmount-help\">")
			.append(form.text("checkin.water.help", "checkin.water.help", WaterUnit.GLASS_ML))
			.append("</p>\n");
		Rendering.errors(html, "waterAmount", amount);
		html.append("</fieldset>\n");
	}

	/** The stepper: a number field with − and + buttons, its help and errors. */
	private static void stepper(StringBuilder html, Rendering form, String name, String min, String max,
			String step) {
		IThymeleafBindStatus status = form.status(name);
		boolean invalid = status.isError();
		String label = form.text("checkin." + name);
		html.append("<div class=\"field stepper-field").append(invalid ? " field-invalid" : "").append("\">\n");
		html.append("<label for=\"").append(name).append("\">").append(label).append("</label>\n");
		html.append("<div class=\"stepper\">\n");
		stepButton(html, form, name, "checkin.stepper.down", "-" + step, "−");
		html.append("<input type=\"number\" min=\"")
			.append(min)
			.append("\" max=\"")
			.append(max)
			.append("\" step=\"")
			.append(step)
			.append("\" inputmode=\"decimal\" aria-describedby=\"")
			.append(name)
			.append("-help");
		if (invalid) {
			html.append(' ').append(name).append("-errors");
		}
		html.append("\" aria-invalid=\"")
			.append(invalid)
			.append("\" id=\"")
			.append(name)
			.append("\" name=\"")
			.append(name)
			.append("\" value=\"")
			.append(Rendering.numberValue(status))
			.append("\">\n");
		stepButton(html, form, name, "checkin.stepper.up", step, "+");
		html.append("</div>\n");
		html.append("<p class=\"field-help\" id=\"")
			.append(name)
			.append("-help\">")
			.append(form.text("checkin." + name + ".help"))
			.append("</p>\n");
		Rendering.errors(html, name, status);
		html.append("</div>\n");
	}

	private static void stepButton(StringBuilder html, Rendering form, String name, String code, String step,
			String sign) {
		String label = form.textOfText(code, "checkin." + name);
		html.append("<button type=\"button\" class=\"button stepper-button\" hidden aria-label=\"")
			.append(label)
			.append("\" data-step-for=\"")
			.append(name)
			.append("\" data-step=\"")
			.append(step)
			.append("\">")
			.append(sign)
			.append("</button>\n");
	}

	private static void exercise(StringBuilder html, Rendering form) {
		IThymeleafBindStatus status = form.status("exercise");
		boolean invalid = status.isError();
		html.append("<fieldset class=\"field choice-field")
			.append(invalid ? " field-invalid\" aria-describedby=\"exercise-errors\">\n" : "\">\n");
		html.append("<legend>").append(form.text("checkin.exercise")).append("</legend>\n");
		html.append("<div class=\"segmented segmented-4\">\n");
		int seq = 0;
		for (ExerciseLevel level : ExerciseLevel.values()) {
			String value = level.toString();
			radio(html, "exercise", ++seq, FormFieldsHtml.escape(value), Rendering.selected(status, value),
					form.text("checkin.exercise." + value));
		}
		html.append("</div>\n");
		Rendering.errors(html, "exercise", status);
		html.append("</fieldset>\n");
	}

	/** A yes/no question: two radios, yes and no. */
	private static void yesNo(StringBuilder html, Rendering form, String name) {
		IThymeleafBindStatus status = form.status(name);
		boolean invalid = status.isError();
		html.append("<fieldset class=\"field choice-field");
		if (invalid) {
			html.append(" field-invalid\" aria-describedby=\"").append(name).append("-errors\">\n");
		}
		else {
			html.append("\">\n");
		}
		html.append("<legend>").append(form.text("checkin." + name)).append("</legend>\n");
		html.append("<div class=\"segmented\">\n");
		radio(html, name, 1, "true", Rendering.selected(status, "true"), form.text("checkin.yes"));
		radio(html, name, 2, "false", Rendering.selected(status, "false"), form.text("checkin.no"));
		html.append("</div>\n");
		Rendering.errors(html, name, status);
		html.append("</fieldset>\n");
	}

	private static void radio(StringBuilder html, String name, int seq, String escapedValue, boolean checked,
			String label) {
		html.append("<span class=\"segment\">\n<input type=\"radio\" value=\"")
			.append(escapedValue)
			.append("\" id=\"")
			.append(name)
			.append(seq)
			.append("\" name=\"")
			.append(name)
			.append('"')
			.append(checked ? " checked=\"checked\">\n" : ">\n");
		html.append("<label for=\"")
			.append(name)
			.append(seq)
			.append("\">")
			.append(label)
			.append("</label>\n</span>\n");
	}

	/** One night of the "look back" strip: public, as the template passes a list of them to {@link #lookBack}. */
	public record RecentNight(LocalDate night, boolean saved, boolean current) {
	}

}
