package org.crampwise.advice.rules;

import org.crampwise.episode.Relief;

/** See {@link ActiveReliefRuleContract}. */
class WalkItOffReliefRuleTests extends ActiveReliefRuleContract {

	@Override
	ActiveReliefRule rule() {
		return new WalkItOffReliefRule(this.settings);
	}

	@Override
	Relief relief() {
		return Relief.WALK_IT_OFF;
	}

}
