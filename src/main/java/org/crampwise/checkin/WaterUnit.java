package org.crampwise.checkin;

/** How the check-in page lets the user enter water: in glasses of 250 ml or in ml. Water is stored in ml. */
enum WaterUnit {

	GLASSES(250), ML(1);

	static final int GLASS_ML = 250;

	private final int ml;

	WaterUnit(int ml) {
		this.ml = ml;
	}

	int toMl(double amount) {
		return (int) Math.round(amount * this.ml);
	}

	double fromMl(int ml) {
		return (double) ml / this.ml;
	}

	/** Glasses when the amount is a whole or half number of glasses, ml otherwise. */
	static WaterUnit bestFor(int ml) {
		return (ml % (GLASS_ML / 2) == 0) ? GLASSES : ML;
	}

}
