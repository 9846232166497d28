package org.crampwise.advice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import org.crampwise.episode.Relief;

/**
 * Runs every rule over a context and turns the outcomes into a report: ranked recommendations with their reasons,
 * evidence and cautions, withheld remedies, red flags, and the trace of every rule, fired or not.
 * <p>
 * Pure and deterministic: the same context gives the same report; nothing is read but the context (no clock beyond
 * {@link AdviceContext#asOf()}) and nothing is written. Its cost is the rules' cost, linear in the window's data.
 * <p>
 * Safety is the engine's, not the rules' good will: a withheld remedy is never recommended whatever other rules say,
 * each remedy appears once, and the texts come only from the advice bundle, where no text suggests quinine or tonic
 * water or tells the user to stop a medicine (tests check both).
 */
@Service
public class AdviceEngine {

	private static final Pattern RULE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Comparator<AdviceRule> TRACE_ORDER = Comparator
		.comparing((AdviceRule rule) -> rule.concern().effect())
		.thenComparingInt(rule -> rule.concern().remedy() != null ? rule.concern().remedy().ordinal()
				: rule.concern().redFlag().ordinal())
		.thenComparing(AdviceRule::id);

	private final List<AdviceRule> rules;

	private final List<AdviceRule> redFlagRules;

	private final AdviceSettings settings;

	private final AdviceTexts texts;

	public AdviceEngine(List<AdviceRule> rules, AdviceSettings settings, MessageSource messageSource) {
		Set<String> ids = new HashSet<>();
		for (AdviceRule rule : rules) {
			if (!RULE_ID.matcher(rule.id()).matches()) {
				throw new IllegalArgumentException("Rule ids are kebab-case: " + rule.id());
			}
			if (!ids.add(rule.id())) {
				throw new IllegalArgumentException("Two rules share the id " + rule.id());
			}
		}
		this.rules = rules.stream().sorted(TRACE_ORDER).toList();
		this.redFlagRules = this.rules.stream().filter(rule -> rule.concern().effect() == Effect.RED_FLAG).toList();
		this.settings = settings;
		this.texts = new AdviceTexts(messageSource);
	}

	/** The ids of all rules, in the order of the trace. */
	public List<String> ruleIds() {
		return this.rules.stream().map(AdviceRule::id).toList();
	}

	/**
	 * Only the red flags of the context, with their urgency and without any text: the rules that raise red flags
	 * (the same rules as {@link #evaluate}'s, nothing copied) and no other. Cheap enough to run for every patient of
	 * a clinician's list. Most urgent first, then by code.
	 */
	public Map<RedFlagCode, Urgency> redFlags(AdviceContext context) {
		Map<RedFlagCode, Urgency> raised = new EnumMap<>(RedFlagCode.class);
		for (AdviceRule rule : this.redFlagRules) {
			RuleOutcome outcome = rule.evaluate(context);
			if (outcome.fired()) {
				raised.merge(rule.concern().redFlag(), rule.concern().urgency(),
						(a, b) -> a.compareTo(b) <= 0 ? a : b);
			}
		}
		Map<RedFlagCode, Urgency> ordered = new java.util.LinkedHashMap<>();
		raised.entrySet()
			.stream()
			.sorted(Map.Entry.<RedFlagCode, Urgency>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
			.forEach(entry -> ordered.put(entry.getKey(), entry.getValue()));
		return ordered;
	}

	/** Evaluates the context with English texts. */
	public AdviceReport evaluate(AdviceContext context) {
		return evaluate(context, Locale.ENGLISH);
	}

	/** Evaluates the context with texts in that locale (falling back to English). */
	public AdviceReport evaluate(AdviceContext context, Locale locale) {
		List<RuleOutcome> outcomes = new ArrayList<>(this.rules.size());
		for (AdviceRule rule : this.rules) {
			RuleOutcome outcome = rule.evaluate(context);
			if (!outcome.ruleId().equals(rule.id()) || !outcome.concern().equals(rule.concern())) {
				throw new IllegalStateException("Rule " + rule.id() + " returned an outcome about something else: "
						+ outcome.ruleId() + " " + outcome.concern().describe());
			}
			outcomes.add(outcome);
		}
		Map<Remedy, List<RuleOutcome>> recommending = new EnumMap<>(Remedy.class);
		Map<Remedy, List<RuleOutcome>> withholding = new EnumMap<>(Remedy.class);
		Map<Remedy, List<RuleOutcome>> cautioning = new EnumMap<>(Remedy.class);
		Map<RedFlagCode, List<RuleOutcome>> flagging = new EnumMap<>(RedFlagCode.class);
		for (RuleOutcome outcome : outcomes) {
			if (!outcome.fired()) {
				continue;
			}
			Concern concern = outcome.concern();
			switch (concern.effect()) {
				case RECOMMEND -> recommending.computeIfAbsent(concern.remedy(), r -> new ArrayList<>()).add(outcome);
				case WITHHOLD -> withholding.computeIfAbsent(concern.remedy(), r -> new ArrayList<>()).add(outcome);
				case CAUTION -> cautioning.computeIfAbsent(concern.remedy(), r -> new ArrayList<>()).add(outcome);
				case RED_FLAG -> flagging.computeIfAbsent(concern.redFlag(), f -> new ArrayList<>()).add(outcome);
			}
		}
		Map<Remedy, List<RuleOutcome>> raised = new EnumMap<>(Remedy.class);
		Map<Remedy, List<RuleOutcome>> lowered = new EnumMap<>(Remedy.class);
		for (FactorPattern pattern : context.patterns()) {
			Remedy remedy = pattern.factor().remedyRaisedBy(pattern.finding());
			if (remedy != null) {
				raised.computeIfAbsent(remedy, r -> new ArrayList<>()).add(patternOutcome(pattern, remedy, "raised"));
				recommending.computeIfAbsent(remedy, r -> new ArrayList<>());
			}
		}
		for (FactorPattern pattern : context.patterns()) {
			Remedy remedy = pattern.factor().remedyLoweredBy(pattern.finding());
			if (remedy != null && recommending.containsKey(remedy) && !raised.containsKey(remedy)) {
				lowered.computeIfAbsent(remedy, r -> new ArrayList<>()).add(patternOutcome(pattern, remedy, "lowered"));
			}
		}
		recommending.keySet().removeAll(withholding.keySet());

		List<Recommendation> recommendations = recommendations(
				rank(recommending, raised.keySet(), lowered.keySet(), context), recommending, raised, lowered,
				cautioning, locale);
		List<WithheldRemedy> withheld = new ArrayList<>();
		withholding.forEach((remedy, reasons) -> withheld.add(new WithheldRemedy(remedy, joined(reasons, locale))));
		List<RedFlag> redFlags = new ArrayList<>();
		flagging.forEach((code, reasons) -> redFlags.add(new RedFlag(code, joined(reasons, locale),
				reasons.stream().map(o -> o.concern().urgency()).min(Comparator.naturalOrder()).orElseThrow())));
		redFlags.sort(Comparator.comparing(RedFlag::urgency).thenComparing(RedFlag::code));

		List<RuleExplanation> explanations = new LazyExplanations(outcomes, outcome -> {
			Concern concern = outcome.concern();
			boolean overruled = concern.remedy() != null && concern.effect() != Effect.WITHHOLD
					&& withholding.containsKey(concern.remedy());
			return new RuleExplanation(outcome.ruleId(), outcome.fired(), outcome.fired() && !overruled,
					concern.effect(), concern.remedy(), concern.redFlag(), outcome.score(), text(outcome, locale));
		});
		return new AdviceReport(context.asOf(), context.windowDays(), recommendations, withheld, redFlags,
				!redFlags.isEmpty(), explanations);
	}

	/**
	 * Orders the recommended remedies: first-line before second-line (magnesium last, whatever its score), then by
	 * score (the sum of their fired rules' scores), then by evidence grade, then by the remedies' declared order.
	 * Once enough episodes say what helped most, the active
	 * reliefs keep the places they won but are reordered among themselves by how often each helped this user most.
	 */
	private List<Remedy> rank(Map<Remedy, List<RuleOutcome>> recommending, Set<Remedy> raised, Set<Remedy> lowered,
			AdviceContext context) {
		record Candidate(Remedy remedy, int tier, int score, EvidenceGrade evidence) {
		}
		List<Candidate> candidates = new ArrayList<>();
		recommending.forEach((remedy, reasons) -> candidates.add(new Candidate(remedy,
				raised.contains(remedy) ? 0 : lowered.contains(remedy) ? 2 : 1,
				reasons.stream().mapToInt(RuleOutcome::score).sum(),
				reasons.isEmpty() ? remedy.evidence() : strongest(reasons))));
		candidates.sort(Comparator.comparing((Candidate c) -> c.remedy().isSecondLine())
			.thenComparingInt(Candidate::tier)
			.thenComparing(Comparator.comparingInt(Candidate::score).reversed())
			.thenComparing(Candidate::evidence)
			.thenComparing(Candidate::remedy));
		List<Remedy> order = new ArrayList<>(candidates.stream().map(Candidate::remedy).toList());
		if (context.episodesWithHelpedMost() >= this.settings.ranking().helpedMostMinEpisodes()) {
			Map<Relief, Integer> helped = context.helpedMostCounts();
			List<Integer> slots = new ArrayList<>();
			List<Remedy> reliefs = new ArrayList<>();
			for (int i = 0; i < order.size(); i++) {
				if (order.get(i).isActiveRelief()) {
					slots.add(i);
					reliefs.add(order.get(i));
				}
			}
			reliefs.sort(Comparator.comparingInt((Remedy r) -> helped.get(r.relief().orElseThrow())).reversed());
			for (int i = 0; i < slots.size(); i++) {
				order.set(slots.get(i), reliefs.get(i));
			}
		}
		return order;
	}

	private List<Recommendation> recommendations(List<Remedy> order, Map<Remedy, List<RuleOutcome>> recommending,
			Map<Remedy, List<RuleOutcome>> raised, Map<Remedy, List<RuleOutcome>> lowered,
			Map<Remedy, List<RuleOutcome>> cautioning, Locale locale) {
		List<Recommendation> recommendations = new ArrayList<>(order.size());
		for (Remedy remedy : order) {
			List<RuleOutcome> own = recommending.get(remedy)
				.stream()
				.sorted(Comparator.comparingInt(RuleOutcome::score).reversed().thenComparing(RuleOutcome::ruleId))
				.toList();
			List<RuleOutcome> reasons = new ArrayList<>(raised.getOrDefault(remedy, List.of()));
			reasons.addAll(own);
			reasons.addAll(lowered.getOrDefault(remedy, List.of()));
			if (reasons.stream().anyMatch(reason -> !reason.generic())) {
				reasons.removeIf(RuleOutcome::generic);
			}
			List<String> cautions = new ArrayList<>();
			cautioning.getOrDefault(remedy, List.of()).forEach(outcome -> cautions.add(text(outcome, locale)));
			remedy.cautionKeys().forEach(key -> cautions.add(this.texts.text(key, locale)));
			recommendations.add(new Recommendation(remedy, recommendations.size() + 1,
					this.texts.text(remedy.titleKey(), locale), this.texts.text(remedy.howToKey(), locale),
					reasons.stream().map(outcome -> text(outcome, locale)).toList(), strongest(reasons), cautions));
		}
		return recommendations;
	}

	/**
	 * The reason a pattern gives: the factor in words with its threshold, the direction (0 fewer, 1 more), and the
	 * counts of known nights with and without the factor.
	 */
	private RuleOutcome patternOutcome(FactorPattern pattern, Remedy remedy, String kind) {
		Number threshold = pattern.factor().threshold(this.settings.factors());
		Phrase factor = (threshold == null) ? Phrase.of("advice.pattern.factor." + pattern.factor().name())
				: Phrase.of("advice.pattern.factor." + pattern.factor().name(), threshold);
		return RuleOutcome.recommended("your-patterns", Concern.recommends(remedy), 0, "advice.pattern." + kind,
				factor, (pattern.finding() == FactorPattern.Finding.FEWER_CRAMPS) ? 0 : 1, pattern.crampNights(),
				pattern.nights(), pattern.otherCrampNights(), pattern.otherNights());
	}

	private static EvidenceGrade strongest(List<RuleOutcome> reasons) {
		return reasons.stream()
			.map(outcome -> outcome.concern().evidence())
			.min(Comparator.naturalOrder())
			.orElseThrow();
	}

	private String joined(List<RuleOutcome> reasons, Locale locale) {
		return String.join(" ", reasons.stream().map(outcome -> text(outcome, locale)).toList());
	}

	private String text(RuleOutcome outcome, Locale locale) {
		return this.texts.text(outcome.messageKey(), outcome.args(), locale);
	}

}
