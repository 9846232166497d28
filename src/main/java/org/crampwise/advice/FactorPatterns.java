package org.crampwise.advice;

import java.time.LocalDate;
import java.util.List;

import org.crampwise.account.AccountId;

/**
 * Where the advice learns the gated patterns of the user's diary. The insights module implements it (it depends on
 * advice, so advice asks through this interface and never depends back); without an implementation the tips simply
 * carry no pattern.
 */
public interface FactorPatterns {

	/**
	 * The owner's gated patterns (lag 0, that night's check-in) of the long range ending on {@code lastNight}; factors
	 * without enough data are left out.
	 */
	List<FactorPattern> patterns(AccountId owner, LocalDate lastNight);

}
