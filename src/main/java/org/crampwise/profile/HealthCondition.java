package org.crampwise.profile;

/** Long-term conditions that change what advice is safe (API codes for {@code conditions}). */
public enum HealthCondition {

	DIABETES, KIDNEY_DISEASE, THYROID_DISORDER, NEUROLOGICAL_DISORDER, PERIPHERAL_ARTERY_DISEASE, LIVER_DISEASE

}
