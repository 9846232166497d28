package org.crampwise.advice.rules;

import org.crampwise.episode.Relief;

/** See {@link ActiveReliefRuleContract}. */
class ApplyHeatReliefRuleTests extends ActiveReliefRuleContract {

	@Override
	ActiveReliefRule rule() {
		return new ApplyHeatReliefRule(this.settings);
	}

	@Override
	Relief relief() {
		return Relief.APPLY_HEAT;
	}

}
