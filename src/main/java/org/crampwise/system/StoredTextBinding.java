package org.crampwise.system;

import java.beans.PropertyEditorSupport;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Applies {@link StoredText} to every string, and {@link DateBounds} to every date, that a form field, query
 * parameter or path variable binds, on pages and API alike (JSON bodies get the same rules from
 * {@link StrictJsonConfiguration}). A refused value is a binding failure on its field, so a form shows it beside the
 * field and the API answers a 400 naming it.
 */
@ControllerAdvice
class StoredTextBinding {

	@InitBinder
	void refuseUnstorableText(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StoredTextEditor());
		binder.registerCustomEditor(LocalDate.class, new BoundedDateEditor());
	}

	/** A date exactly as {@code YYYY-MM-DD} within {@link DateBounds}; an empty value is no date. */
	private static final class BoundedDateEditor extends PropertyEditorSupport {

		private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

		@Override
		public void setAsText(String text) {
			if (text == null || text.isEmpty()) {
				setValue(null);
				return;
			}
			LocalDate date;
			try {
				date = DATE.matcher(text).matches() ? LocalDate.parse(text) : null;
			}
			catch (DateTimeException ex) {
				date = null;
			}
			if (date == null || !DateBounds.within(date)) {
				throw new IllegalArgumentException("not a date as YYYY-MM-DD within DateBounds");
			}
			setValue(date);
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return (value == null) ? "" : value.toString();
		}

	}

	private static final class StoredTextEditor extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			org.springframework.context.MessageSourceResolvable problem = StoredText.refusal(text);
			if (problem != null) {
				throw new StoredText.RefusedTextException(problem);
			}
			setValue(text);
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return (value == null) ? "" : value.toString();
		}

	}

}
