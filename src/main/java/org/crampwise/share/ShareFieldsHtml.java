package org.crampwise.share;

import org.springframework.web.servlet.support.RequestContext;

import org.crampwise.system.FormFieldsHtml;
import org.crampwise.system.FormFieldsHtml.Rendering;

/**
 * The share form's fields (the nights and the days until the link expires) with its error summary, the markup
 * share/section.html rendered with the shared fragments/forms.html before (issue 11: those fragments were a large
 * part of the export page's cost). The section includes it with
 * {@code th:utext="${shareFields.form(springRequestContext)}"}. The nights' ids start with {@code share-}: the
 * download form above has fields of the same names.
 */
public final class ShareFieldsHtml {

	static final String FORM = "shareForm";

	private final FormFieldsHtml fields = new FormFieldsHtml();

	/**
	 * The form's fields with the suggested values, the values sent back and their errors.
	 * @param context the template's {@code springRequestContext}
	 */
	public String form(RequestContext context) {
		Rendering form = this.fields.of(context, FORM);
		StringBuilder html = new StringBuilder(2_500);
		form.errorSummary(html);
		html.append("<div class=\"field-row\">\n");
		form.input(html, "share-from", "from", "share.form.from", "date", null, "off");
		form.input(html, "share-to", "to", "share.form.to", "date", null, "off");
		html.append("</div>\n");
		form.input(html, "expiresInDays", "expiresInDays", "share.form.expiresInDays", "number",
				form.text("share.form.expiresInDays.help", "share.form.expiresInDays.help", ShareService.MAX_DAYS),
				"off");
		return html.toString();
	}

}
