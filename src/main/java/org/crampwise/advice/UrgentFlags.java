package org.crampwise.advice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import org.crampwise.account.AccountId;
import org.crampwise.account.Accounts;
import org.crampwise.account.CurrentAccount;
import org.crampwise.checkin.CheckInService;
import org.crampwise.episode.Episode;
import org.crampwise.episode.EpisodeService;
import org.crampwise.profile.MedicationService;
import org.crampwise.profile.ProfileService;
import org.crampwise.system.DataVersions;
import org.crampwise.system.NightRule;
import org.crampwise.system.ReadModelCache;

/**
 * The urgent flag where the user is: on the page that confirms a saved episode and on the home page. A red flag is
 * <em>urgent</em> when the advice engine rates it {@link Urgency#SAME_DAY} or {@link Urgency#SOON}, and
 * <em>current</em> while
 * <ul>
 * <li>an episode of the current night window raises it: the night that is now under way or last night
 * ({@link org.crampwise.system.NightRule}), so it shows from the save until the night after next begins;</li>
 * <li>and the user has not dismissed it: a dismissal keeps the newest episode id it was raised from, and only an
 * episode saved after that raises it again.</li>
 * </ul>
 * The rules are the engine's own: it runs over those episodes with the user's profile, medicines and check-ins,
 * and the flags it raises only because of the episodes (not also without them) are the current ones. Templates call
 * it as {@code @urgentFlags}.
 * <p>
 * The home page and the check-in page ask on every view, so the answer is kept per data version ({@link DataVersions}),
 * night and language: everything it reads (episodes, check-ins, profile, medicines, dismissals) raises the version
 * when written. A cached answer costs the version's one query and no transaction.
 */
@Service("urgentFlags")
public class UrgentFlags {

	/** The current night window: last night and the night now under way. */
	static final int WINDOW_NIGHTS = 2;

	/** Answers kept: one or two per user who opened the home page (a night, a language) within the last hour. */
	static final int CACHED = 5_000;

	private final AdviceEngine engine;

	private final EpisodeService episodes;

	private final CheckInService checkIns;

	private final ProfileService profiles;

	private final MedicationService medications;

	private final Accounts accounts;

	private final UrgentFlagDismissalRepository dismissals;

	private final Clock clock;

	private final ReadModelCache<Asked, List<RedFlag>> cache;

	private final TransactionTemplate reads;

	UrgentFlags(AdviceEngine engine, EpisodeService episodes, CheckInService checkIns, ProfileService profiles,
			MedicationService medications, Accounts accounts, UrgentFlagDismissalRepository dismissals, Clock clock,
			DataVersions versions, PlatformTransactionManager transactionManager) {
		this.engine = engine;
		this.episodes = episodes;
		this.checkIns = checkIns;
		this.profiles = profiles;
		this.medications = medications;
		this.accounts = accounts;
		this.dismissals = dismissals;
		this.clock = clock;
		this.cache = versions.cache(CACHED);
		this.reads = new TransactionTemplate(transactionManager);
		this.reads.setReadOnly(true);
	}

	/** The signed-in user's current urgent flags, most urgent first; none for a visitor. */
	public List<RedFlag> current() {
		return CurrentAccount.signedIn().map(me -> current(me, LocaleContextHolder.getLocale())).orElse(List.of());
	}

	/** That user's current urgent flags, most urgent first (the experiments pause on one). */
	public List<RedFlag> current(AccountId owner, Locale locale) {
		LocalDate tonight = tonight(owner);
		return this.cache.get(owner.value(), new Asked(tonight, locale),
				() -> this.reads.execute(status -> computed(owner, tonight, locale)));
	}

	private List<RedFlag> computed(AccountId owner, LocalDate tonight, Locale locale) {
		Window window = window(owner, tonight);
		if (window.episodes().isEmpty()) {
			return List.of();
		}
		// the same facts twice, once without the window's episodes: loaded once
		AdviceContext with = context(owner, window);
		AdviceContext without = new AdviceContext(with.asOf(), with.windowDays(), with.profile(), with.medications(),
				with.checkIns(), List.of());
		Set<RedFlagCode> withoutEpisodes = this.engine.evaluate(without, locale)
			.redFlags()
			.stream()
			.map(RedFlag::code)
			.collect(Collectors.toSet());
		return this.engine.evaluate(with, locale)
			.redFlags()
			.stream()
			.filter(flag -> flag.urgency() != Urgency.ROUTINE)
			.filter(flag -> !withoutEpisodes.contains(flag.code()))
			.toList();
	}

	/** Hides the current urgent flags until an episode saved after now raises one again. */
	@Transactional
	void dismiss(AccountId owner) {
		long newest = window(owner, tonight(owner)).episodes().stream().mapToLong(Episode::id).max().orElse(0);
		UrgentFlagDismissal dismissal = this.dismissals.findById(owner.value())
			.orElseGet(() -> new UrgentFlagDismissal(owner.value(), 0, this.clock.instant()));
		dismissal.seen(newest, this.clock.instant());
		this.dismissals.save(dismissal);
	}

	private LocalDate tonight(AccountId owner) {
		return NightRule.nightOf(OffsetDateTime.now(this.clock.withZone(this.accounts.zoneOf(owner))));
	}

	private Window window(AccountId owner, LocalDate tonight) {
		// asOf is the day after the window's last night, the night now under way
		LocalDate asOf = tonight.plusDays(1);
		long seen = this.dismissals.findById(owner.value()).map(UrgentFlagDismissal::seenEpisodeId).orElse(0L);
		List<Episode> recent = this.episodes
			.episodesBetween(owner, AdviceContext.firstNight(asOf, WINDOW_NIGHTS), AdviceContext.lastNight(asOf))
			.stream()
			.filter(episode -> episode.id() > seen)
			.toList();
		return new Window(asOf, recent);
	}

	private AdviceContext context(AccountId owner, Window window) {
		LocalDate from = AdviceContext.firstNight(window.asOf(), WINDOW_NIGHTS);
		LocalDate to = AdviceContext.lastNight(window.asOf());
		return new AdviceContext(window.asOf(), WINDOW_NIGHTS, this.profiles.profile(owner),
				this.medications.medications(owner), this.checkIns.checkInsBetween(owner, from, to), window.episodes());
	}

	private record Window(LocalDate asOf, List<Episode> episodes) {
	}

	/** What the answer depends on besides the owner's data. */
	private record Asked(LocalDate tonight, Locale locale) {
	}

}
