package org.crampwise.export;

import org.springframework.web.servlet.support.RequestContext;

import org.crampwise.system.FormFieldsHtml;
import org.crampwise.system.FormFieldsHtml.Rendering;

/**
 * The export page's download form inside its {@code <form>}: the error summary, the range's two fields, and one
 * button per file, the markup export/page.html rendered with the shared fragments/forms.html before (issue 11: the
 * form's fragments and the buttons' {@code th:each} were a large part of the page's cost). The template includes it
 * with {@code th:utext="${exportFields.download(springRequestContext)}"}.
 */
public final class ExportFieldsHtml {

	static final String FORM = "exportForm";

	private final FormFieldsHtml fields = new FormFieldsHtml();

	/**
	 * The download form's content, with the range shown, the values sent back and their errors.
	 * @param context the template's {@code springRequestContext}
	 */
	public String download(RequestContext context) {
		Rendering form = this.fields.of(context, FORM);
		StringBuilder html = new StringBuilder(2_500);
		form.errorSummary(html);
		html.append("<div class=\"field-row\">\n");
		form.input(html, "from", "from", "export.form.from", "date", null, "off");
		form.input(html, "to", "to", "export.form.to", "date", null, "off");
		html.append("</div>\n<p class=\"field-help\">")
			.append(form.text("export.form.rangeHelp"))
			.append("</p>\n<div class=\"download-buttons\">\n");
		for (ExportFormat format : ExportFormat.values()) {
			html.append("<button type=\"submit\" name=\"format\" value=\"")
				.append(format.name())
				.append("\" id=\"download-")
				.append(format.name())
				.append((format == ExportFormat.REPORT_PDF) ? "\" class=\"button button-primary\">" : "\" class=\"button\">")
				.append(form.text("export.format." + format.name()))
				.append("</button>\n");
		}
		html.append("</div>\n<p class=\"field-help\">").append(form.text("export.formats.help")).append("</p>\n");
		return html.toString();
	}

}
