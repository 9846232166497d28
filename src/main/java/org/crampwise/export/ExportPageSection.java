package org.crampwise.export;

import org.springframework.ui.Model;

import org.crampwise.account.AccountId;

/**
 * A section another module adds to the "Export and share" page ({@code /export}), below the downloads: the page
 * inserts each section's Thymeleaf fragment after letting it fill the model. This keeps the dependency one way: the
 * share module plugs its links in, and this module never knows it.
 */
public interface ExportPageSection {

	/** The fragment to insert, as a Thymeleaf fragment expression body: {@code share/section :: section}. */
	String fragment();

	/**
	 * Adds what the fragment needs to the model. Attributes already present (flash attributes after a redirect)
	 * must be kept.
	 * @param owner the signed-in user
	 * @param defaultRange the range the page suggests (from the first logged night to tonight)
	 */
	void addTo(Model model, AccountId owner, ExportRange defaultRange);

}
