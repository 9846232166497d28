package org.crampwise.system;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Applies {@link StoredText} to every string a form field, query parameter or path variable binds, on pages and API
 * alike (JSON bodies get the same rule from {@link StrictJsonConfiguration}). A refused value is a binding failure on
 * its field, so a form shows it beside the field and the API answers a 400 naming it.
 */
@ControllerAdvice
class StoredTextBinding {

	@InitBinder
	void refuseUnstorableText(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StoredTextEditor());
	}

	private static final class StoredTextEditor extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			String problem = StoredText.problem(text);
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
