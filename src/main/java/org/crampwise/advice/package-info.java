/**
 * The advice engine: from a user's profile, medications and the check-ins and episodes of a window of nights, which
 * of the ten remedies to try first, why, how strong the evidence is, which remedies are not safe for this user, and
 * when self-care is not enough (red flags).
 * <p>
 * Public API for other modules and the web layer: {@link org.crampwise.advice.AdviceEngine#evaluate(AdviceContext)}
 * with {@link org.crampwise.advice.AdviceContext} in and {@link org.crampwise.advice.AdviceReport} out, plus the
 * codes ({@link org.crampwise.advice.Remedy}, {@link org.crampwise.advice.EvidenceGrade},
 * {@link org.crampwise.advice.RedFlagCode}, {@link org.crampwise.advice.Urgency}). The rules live in the internal
 * package {@code advice.rules}; each is a small, pure {@link org.crampwise.advice.AdviceRule}. docs/advice-rules.md
 * lists them all.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Advice engine")
package org.crampwise.advice;

import org.jspecify.annotations.NullMarked;
