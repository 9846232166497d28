package org.crampwise.advice.rules;

import org.crampwise.episode.Relief;

/** See {@link ActiveReliefRuleContract}. */
class MassageReliefRuleTests extends ActiveReliefRuleContract {

	@Override
	ActiveReliefRule rule() {
		return new MassageReliefRule(this.settings);
	}

	@Override
	Relief relief() {
		return Relief.MASSAGE;
	}

}
