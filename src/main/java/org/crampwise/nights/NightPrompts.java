package org.crampwise.nights;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import org.crampwise.account.AccountId;
import org.crampwise.account.Accounts;

/**
 * The one-tap "No cramps last night?" prompt, for templates ({@code ${@nightPrompts...}}), so a page includes the
 * fragment {@code nights/prompt :: noCramps} without its controller knowing about nights.
 */
@Component("nightPrompts")
public class NightPrompts {

	/** The home page asks in the morning: from this local time ... */
	static final LocalTime MORNING_STARTS = LocalTime.of(4, 0);

	/** ... until this one. */
	static final LocalTime MORNING_ENDS = LocalTime.of(14, 0);

	private final NightService nights;

	private final Accounts accounts;

	private final Clock clock;

	NightPrompts(NightService nights, Accounts accounts, Clock clock) {
		this.nights = nights;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * The night the home page asks about: last night, in the morning, while it is still unknown; else null.
	 */
	public @Nullable LocalDate morningNight(@Nullable Authentication authentication) {
		AccountId me = AccountId.of(authentication);
		return (me == null) ? null : unknownNight(authentication, morningCandidate(me));
	}

	/**
	 * The night the home page may ask about at this time of day, whatever the diary says: last night, in the
	 * morning; else null. With the diary's data it decides {@link #morningNight} (a page kept per data version keys
	 * on it).
	 */
	public @Nullable LocalDate morningCandidate(AccountId me) {
		ZonedDateTime now = ZonedDateTime.now(this.clock.withZone(this.accounts.zoneOf(me)));
		LocalTime time = now.toLocalTime();
		if (time.isBefore(MORNING_STARTS) || !time.isBefore(MORNING_ENDS)) {
			return null;
		}
		return now.toLocalDate().minusDays(1);
	}

	/** The night, when it is unknown and not in the future; else null. */
	public @Nullable LocalDate unknownNight(@Nullable Authentication authentication, @Nullable LocalDate night) {
		AccountId me = AccountId.of(authentication);
		if (night == null || me == null || night.isAfter(this.nights.tonight(me))) {
			return null;
		}
		return (this.nights.status(me, night) == NightStatus.UNKNOWN) ? night : null;
	}

}
