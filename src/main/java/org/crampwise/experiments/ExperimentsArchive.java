package org.crampwise.experiments;

import java.util.List;

import org.crampwise.account.AccountId;

/**
 * A user's experiments for their data archive ({@code experiments.json} in {@code GET /api/v1/export/archive.zip}):
 * each as the experiments API answers it, oldest first. {@link ExperimentService} implements it.
 */
public interface ExperimentsArchive {

	/** The owner's experiments, each a record the JSON mapper writes as the API does. */
	List<?> experiments(AccountId owner);

}
