package org.crampwise.advice.rules;

import org.crampwise.episode.Relief;

/** See {@link ActiveReliefRuleContract}. */
class StretchDuringCrampReliefRuleTests extends ActiveReliefRuleContract {

	@Override
	ActiveReliefRule rule() {
		return new StretchDuringCrampReliefRule(this.settings);
	}

	@Override
	Relief relief() {
		return Relief.STRETCH_DURING_CRAMP;
	}

}
