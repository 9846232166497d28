package org.crampwise.episode;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.crampwise.account.AccountId;
import org.crampwise.system.ConflictException;
import org.crampwise.system.FieldProblem;

/**
 * {@code POST /api/v1/episodes/timed}: a cramp timed on the device (the offline "cramp now") saved with its start and
 * duration only, exactly once per {@code Idempotency-Key}. The details stay "not given" ({@code null}) until the
 * user adds them; woke-from-sleep takes the timer's night default ({@link CrampEpisode#timed}).
 * <p>
 * Exactly once: the episode and its key are inserted in one transaction, and the key is unique per account, so of
 * two sends of one cramp that race, one commits and the other fails on the key, rolls back its episode, and answers
 * the winner's. Not one transaction on purpose, like {@link EpisodeService#startTimer}.
 */
@Service
class TimedEpisodes {

	private final EpisodeRepository episodes;

	private final IdempotencyKeyRepository keys;

	private final TransactionTemplate transactions;

	private final TransactionTemplate reads;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	TimedEpisodes(EpisodeRepository episodes, IdempotencyKeyRepository keys,
			PlatformTransactionManager transactionManager, Clock clock, ApplicationEventPublisher events) {
		this.episodes = episodes;
		this.keys = keys;
		this.transactions = new TransactionTemplate(transactionManager);
		this.reads = new TransactionTemplate(transactionManager);
		this.reads.setReadOnly(true);
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Saves the timed cramp, or finds the one saved before with the same key.
	 * @param startedAt when it began; kept with its offset (the device's), to the second
	 * @throws org.crampwise.system.InvalidInputException naming every bad field, before anything is written
	 * @throws ConflictException when the key's episode has since been deleted (a late resend brings nothing back)
	 */
	Saved save(AccountId owner, @Nullable String key, @Nullable OffsetDateTime startedAt,
			@Nullable Integer durationSeconds) {
		Instant now = this.clock.instant();
		OffsetDateTime start = EpisodeRules.checkTimed(startedAt, durationSeconds, key, now);
		Optional<Episode> earlier = earlier(owner, key);
		if (earlier.isPresent()) {
			return new Saved(earlier.get(), false);
		}
		try {
			Episode episode = this.transactions.execute(status -> {
				CrampEpisode saved = this.episodes.save(CrampEpisode.timed(owner, start, durationSeconds, now));
				Episode stored = saved.toEpisode();
				this.keys.saveAndFlush(new IdempotencyKey(owner, key, stored.id(), now));
				// as every logged episode does: the night marks hear that this night now has a cramp
				this.events.publishEvent(new EpisodeLogged(owner, stored.nightOf()));
				return stored;
			});
			return new Saved(episode, true);
		}
		catch (DataIntegrityViolationException ex) {
			// the same cramp sent twice at once: the other send stored it
			return new Saved(earlier(owner, key).orElseThrow(() -> ex), false);
		}
	}

	private Optional<Episode> earlier(AccountId owner, String key) {
		return this.reads.execute(status -> this.keys.findByAccountIdAndKey(owner.value(), key).map(found -> {
			Long id = found.episodeId();
			if (id == null) {
				throw new ConflictException(
						FieldProblem.of("Idempotency-Key", "episode.problem.keyOfDeleted"));
			}
			return this.episodes.findByIdAndAccountId(id, owner.value())
				.map(CrampEpisode::toEpisode)
				.orElseThrow(() -> new ConflictException(
						FieldProblem.of("Idempotency-Key", "episode.problem.keyOfDeleted")));
		}));
	}

	/**
	 * @param episode the episode
	 * @param created true when this call stored it, false when an earlier call with the same key did
	 */
	record Saved(Episode episode, boolean created) {
	}

}
