package org.crampwise.profile;

/**
 * Drug classes of the API contract. {@link #isCrampAssociated()} marks the classes that clinical-reference.md
 * section 3 links with leg cramps; {@link #raisesPotassium()} those (ACE inhibitors, ARBs, potassium-sparing diuretics, regular NSAIDs) that section 4 says make potassium-rich food
 * advice unsafe.
 */
public enum DrugClass {

	THIAZIDE_DIURETIC(true, false), LOOP_DIURETIC(true, false), POTASSIUM_SPARING_DIURETIC(true, true),
	STATIN(true, false), LONG_ACTING_BETA_AGONIST(true, false), SHORT_ACTING_BETA_AGONIST(true, false),
	ACE_INHIBITOR(false, true), ANGIOTENSIN_RECEPTOR_BLOCKER(false, true), NSAID(false, true),
	CALCIUM_CHANNEL_BLOCKER(true, false), OTHER_CRAMP_ASSOCIATED(true, false), OTHER(false, false);

	private final boolean crampAssociated;

	private final boolean raisesPotassium;

	DrugClass(boolean crampAssociated, boolean raisesPotassium) {
		this.crampAssociated = crampAssociated;
		this.raisesPotassium = raisesPotassium;
	}

	public boolean isCrampAssociated() {
		return this.crampAssociated;
	}

	public boolean raisesPotassium() {
		return this.raisesPotassium;
	}

}
