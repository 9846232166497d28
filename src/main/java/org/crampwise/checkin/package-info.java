/**
 * The nightly check-in of risk factors: water, alcohol, standing and sitting, exercise and bedtime habits.
 * <p>
 * Public API for other modules: {@link org.crampwise.checkin.CheckIn}, {@link org.crampwise.checkin.ExerciseLevel}
 * and the read methods of {@link org.crampwise.checkin.CheckInService}.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Nightly check-in")
package org.crampwise.checkin;

import org.jspecify.annotations.NullMarked;
