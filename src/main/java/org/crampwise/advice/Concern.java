package org.crampwise.advice;

import org.jspecify.annotations.Nullable;

/**
 * What a rule is about: the remedy it recommends, withholds or cautions about, or the red flag it raises (with its
 * urgency). A rule's concern is fixed; its outcomes carry it.
 *
 * @param effect what the rule does when it fires
 * @param remedy the remedy, for every effect but {@link Effect#RED_FLAG}
 * @param redFlag the red flag, only for {@link Effect#RED_FLAG}
 * @param urgency how urgent the red flag is, only for {@link Effect#RED_FLAG}
 * @param evidence the evidence behind a recommendation, only for {@link Effect#RECOMMEND}
 */
public record Concern(Effect effect, @Nullable Remedy remedy, @Nullable RedFlagCode redFlag,
		@Nullable Urgency urgency, @Nullable EvidenceGrade evidence) {

	public Concern {
		boolean flag = effect == Effect.RED_FLAG;
		if (flag != (redFlag != null) || flag != (urgency != null) || flag == (remedy != null)) {
			throw new IllegalArgumentException("A red flag needs a code and an urgency and no remedy; "
					+ "every other effect needs a remedy: " + effect + " " + remedy + " " + redFlag);
		}
		if ((effect == Effect.RECOMMEND) != (evidence != null)) {
			throw new IllegalArgumentException("Only a recommendation carries evidence: " + effect);
		}
	}

	/** Recommends the remedy, with the remedy's own evidence grade. */
	public static Concern recommends(Remedy remedy) {
		return recommends(remedy, remedy.evidence());
	}

	/** Recommends the remedy on a basis with its own evidence grade (alcohol: LIMITED, water: NONE). */
	public static Concern recommends(Remedy remedy, EvidenceGrade evidence) {
		return new Concern(Effect.RECOMMEND, remedy, null, null, evidence);
	}

	public static Concern withholds(Remedy remedy) {
		return new Concern(Effect.WITHHOLD, remedy, null, null, null);
	}

	public static Concern cautions(Remedy remedy) {
		return new Concern(Effect.CAUTION, remedy, null, null, null);
	}

	public static Concern raises(RedFlagCode redFlag, Urgency urgency) {
		return new Concern(Effect.RED_FLAG, null, redFlag, urgency, null);
	}

	/** The code this concern is about: a remedy or a red-flag code, e.g. {@code STAY_HYDRATED}. */
	public String code() {
		return this.remedy != null ? this.remedy.name() : String.valueOf(this.redFlag);
	}

	/** A short description, e.g. {@code recommends STAY_HYDRATED} or {@code raises LONG_CRAMP (SOON)}. */
	public String describe() {
		return switch (this.effect) {
			case RECOMMEND -> "recommends " + code();
			case WITHHOLD -> "withholds " + code();
			case CAUTION -> "cautions " + code();
			case RED_FLAG -> "raises " + code() + " (" + this.urgency + ")";
		};
	}

}
