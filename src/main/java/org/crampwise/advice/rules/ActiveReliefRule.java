package org.crampwise.advice.rules;

import org.crampwise.advice.AdviceContext;
import org.crampwise.advice.AdviceSettings;
import org.crampwise.advice.Concern;
import org.crampwise.advice.Remedy;
import org.crampwise.advice.RuleOutcome;
import org.crampwise.episode.Episode;
import org.crampwise.episode.Relief;

/**
 * One of the four things to do during a cramp. Fires when the window has at least one episode; scores
 * {@code first-line-weight}, plus {@code coincidence-weight} per episode on which it helped most once at least
 * {@code ranking.helped-most-min-episodes} episodes of the window say what helped most (fewer are too few to rank
 * by; the reason still mentions them). The reason says, in
 * this order of preference: how often it helped most (arguments: times, episodes saying what helped most), how
 * often it was tried (times tried, episodes), or how many cramps there were (episodes, window nights).
 */
abstract class ActiveReliefRule extends AbstractRule {

	private final Relief relief;

	private final AdviceSettings settings;

	ActiveReliefRule(String id, Relief relief, AdviceSettings settings) {
		super(id, Concern.recommends(Remedy.of(relief)));
		this.relief = relief;
		this.settings = settings;
	}

	@Override
	public final RuleOutcome evaluate(AdviceContext context) {
		int episodes = context.episodes().size();
		if (episodes == 0) {
			return notFired(context.windowDays());
		}
		int helped = 0;
		int rated = 0;
		int tried = 0;
		for (Episode episode : context.episodes()) {
			if (episode.helpedMost() != null) {
				rated++;
				if (episode.helpedMost() == this.relief) {
					helped++;
				}
			}
			if (episode.reliefsTried().contains(this.relief)) {
				tried++;
			}
		}
		AdviceSettings.Ranking ranking = this.settings.ranking();
		boolean enough = rated >= ranking.helpedMostMinEpisodes();
		int score = ranking.firstLineWeight() + (enough ? ranking.coincidenceWeight() * helped : 0);
		if (helped > 0) {
			return recommendedAs("helped", score, helped, rated);
		}
		if (tried > 0) {
			return recommendedAs("tried", score, tried, episodes);
		}
		return recommendedGeneric(score, episodes, context.windowDays());
	}

}
