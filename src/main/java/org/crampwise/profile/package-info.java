/**
 * The health profile (birth year, pregnancy, conditions) and medications, with the catalog of drug names mapped to
 * drug classes.
 * <p>
 * Public API for other modules: {@link org.crampwise.profile.HealthProfile}, {@link org.crampwise.profile.Medication},
 * their enums, and the profile and medication services' read methods.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Health profile and medications")
package org.crampwise.profile;

import org.jspecify.annotations.NullMarked;
