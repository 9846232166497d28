package org.crampwise.experiments;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.crampwise.account.AccountId;

/**
 * The latest experiment of each of many accounts, read-only, in ONE SQL statement whatever their number (the
 * clinician's list of patients uses it). It moves nothing on: opening the experiment does
 * ({@link ExperimentService}).
 */
@Service
public class ExperimentSummaries {

	private final ExperimentRepository experiments;

	private final ExperimentSettings settings;

	ExperimentSummaries(ExperimentRepository experiments, ExperimentSettings settings) {
		this.experiments = experiments;
		this.settings = settings;
	}

	/**
	 * The latest experiment of every given account that has one.
	 * @param tonights each account's night under way (it tells a run-in from a running block), keyed by account
	 */
	@Transactional(readOnly = true)
	public Map<AccountId, ExperimentSummary> latestOfAll(Map<AccountId, LocalDate> tonights) {
		Map<AccountId, ExperimentSummary> summaries = new HashMap<>();
		if (tonights.isEmpty()) {
			return summaries;
		}
		List<Long> ids = tonights.keySet().stream().map(AccountId::value).toList();
		for (Experiment experiment : this.experiments.findLatestOfAccounts(ids)) {
			AccountId owner = new AccountId(experiment.accountId());
			summaries.put(owner, summary(experiment, tonights.get(owner)));
		}
		return summaries;
	}

	private ExperimentSummary summary(Experiment experiment, LocalDate tonight) {
		Schedule schedule = experiment.schedule(this.settings.runInNights());
		ExperimentStatus status = switch (experiment.status()) {
			case ACTIVE -> tonight.isAfter(schedule.lastNight()) ? ExperimentStatus.FINISHED
					: tonight.isBefore(schedule.firstBlockNight()) ? ExperimentStatus.RUN_IN
							: ExperimentStatus.RUNNING;
			case PAUSED -> ExperimentStatus.PAUSED;
			case FINISHED -> ExperimentStatus.FINISHED;
			case STOPPED -> ExperimentStatus.STOPPED;
		};
		Integer block = (status == ExperimentStatus.RUNNING)
				? schedule.blockOf(tonight).map(Schedule.Block::index).orElse(null) : null;
		return new ExperimentSummary(experiment.id(), experiment.remedy().remedy(), status, block,
				schedule.blocks().size(), experiment.decision(),
				(experiment.status() == Experiment.Stored.FINISHED) ? experiment.verdict() : null);
	}

}
