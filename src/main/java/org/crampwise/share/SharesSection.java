package org.crampwise.share;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import org.crampwise.account.AccountId;
import org.crampwise.export.ExportPageSection;
import org.crampwise.export.ExportRange;

/**
 * The share links' part of the export page: the form that makes a link, the link just made (shown once), and the
 * user's links with their status and access log, each with a revoke button.
 */
@Component
class SharesSection implements ExportPageSection {

	/** How many of the newest links the page lists; the API lists them all. */
	static final int LISTED = 50;

	private final ShareService shares;

	private final ShareFieldsHtml fields = new ShareFieldsHtml();

	SharesSection(ShareService shares) {
		this.shares = shares;
	}

	@Override
	public String fragment() {
		return "share/section :: section";
	}

	@Override
	public void addTo(Model model, AccountId owner, ExportRange defaultRange) {
		if (!model.containsAttribute("shareForm")) {
			model.addAttribute("shareForm",
					new ShareForm(defaultRange.from(), defaultRange.to(), ShareService.DEFAULT_DAYS));
		}
		model.addAttribute("shareFields", this.fields);
		model.addAttribute("shares", this.shares.recent(owner, LISTED));
	}

}
