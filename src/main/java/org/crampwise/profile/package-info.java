/**
 * The health profile (birth year, pregnancy, conditions) and medications, with the catalog of drug names mapped to
 * drug classes.
 * <p>
 * Public API for other modules: {@link org.crampwise.profile.HealthProfile}, {@link org.crampwise.profile.Medication},
 * their enums, the read methods of {@link org.crampwise.profile.ProfileService} and
 * {@link org.crampwise.profile.MedicationService}, and {@link org.crampwise.profile.MedicationCatalog} with its
 * {@link org.crampwise.profile.CatalogEntry} (drug names, classes and each class's cramp note).
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Health profile and medications")
package org.crampwise.profile;

import org.jspecify.annotations.NullMarked;
