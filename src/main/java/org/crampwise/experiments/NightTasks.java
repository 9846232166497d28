package org.crampwise.experiments;

import java.time.LocalDate;
import java.util.Optional;

import org.crampwise.account.AccountId;

/**
 * Tonight's experiment task of a user, if an experiment is running (not in its run-in, not paused or finished).
 * Implemented by the experiments module; read by the home page, the check-in page and the reminder feed.
 */
public interface NightTasks {

	Optional<NightTask> on(AccountId account, LocalDate night);

}
