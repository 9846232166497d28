package org.crampwise.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.stereotype.Component;

import org.crampwise.system.StoredText;

/**
 * The clinician report as a PDF: the Thymeleaf template {@value #TEMPLATE} (well-formed XHTML, texts from the
 * message bundle) rendered by the application's {@link SpringTemplateEngine}, then laid out by openhtmltopdf on
 * PDFBox. The chart is plain HTML bars (a PDF runs no script).
 * <p>
 * Text is set in Liberation Sans (the font PDFBox ships in its own jar, so nothing depends on the server's fonts)
 * for everything the patient typed, which may be any Latin, Greek or Cyrillic text; the template's own bold headings
 * use the PDF standard Helvetica Bold. The renderer may not load anything from outside: the template has no
 * external resource, and a URI in the document would be refused.
 */
@Component
class ReportPdf {

	static final String TEMPLATE = "export/report-pdf";

	static final String FONT_FAMILY = "Liberation Sans";

	private static final String FONT = "org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	private final SpringTemplateEngine templates;

	ReportPdf(SpringTemplateEngine templates) {
		this.templates = templates;
		if (ReportPdf.class.getClassLoader().getResource(FONT) == null) {
			throw new IllegalStateException("PDFBox's " + FONT + " is missing from the class path");
		}
	}

	/** The report's XHTML, as the PDF renderer reads it. */
	String xhtml(ClinicianReport report, Locale locale) {
		return this.templates.process(TEMPLATE, new Context(locale, Map.of("report", report)));
	}

	byte[] render(ClinicianReport report, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.useFont(ReportPdf::font, FONT_FAMILY, 400, FontStyle.NORMAL, true);
		builder.useExternalResourceAccessControl((uri, type) -> false,
				ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
		builder.useExternalResourceAccessControl((uri, type) -> false,
				ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
		// rows stored before the text rule may hold characters XML 1.0 cannot carry: never fail the PDF for them
		builder.withHtmlContent(StoredText.clean(xhtml(report, locale)), null);
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not render the report PDF", ex);
		}
		return out.toByteArray();
	}

	private static InputStream font() {
		InputStream font = ReportPdf.class.getClassLoader().getResourceAsStream(FONT);
		if (font == null) {
			throw new IllegalStateException(FONT + " is missing");
		}
		return font;
	}

}
