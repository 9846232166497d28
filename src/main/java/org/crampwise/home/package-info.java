/**
 * The home page: a greeting and what a visitor, a patient or a clinician does next. It composes what other modules
 * offer to templates (the urgent flag, "Cramp now", tonight's experiment task, the morning's "no cramps?" prompt) and
 * keeps the patient's part, rendered once per data version, night and time of day (docs/operations.md, "Running
 * fast").
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Home page")
package org.crampwise.home;

import org.jspecify.annotations.NullMarked;
