package org.crampwise.archive;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import org.crampwise.account.AccountId;
import org.crampwise.export.ExportPageSection;
import org.crampwise.export.ExportRange;

/** The archive's part of the export page: the "download everything" button and the link to the import page. */
@Component
@Order(1)
class ArchiveSection implements ExportPageSection {

	@Override
	public String fragment() {
		return "archive/section :: section";
	}

	@Override
	public void addTo(Model model, AccountId owner, ExportRange defaultRange) {
		// the section needs nothing from the model
	}

}
