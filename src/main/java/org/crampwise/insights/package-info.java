/**
 * Insights: which nightly factors coincide with cramp nights, honestly (minimum data, stratified risk ratios widened
 * for persistence, Benjamini-Hochberg, three verdicts), medications before and after their start, and the series the
 * charts show. See docs/insights.md.
 * <p>
 * Public API for other modules: {@link org.crampwise.insights.InsightsService} and its answer
 * {@link org.crampwise.insights.Insights}, with {@link org.crampwise.insights.Verdict} and
 * {@link org.crampwise.insights.Direction}. {@link org.crampwise.insights.InsightsEngine} is pure, so the seeded
 * simulations test it without a database.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Insights")
package org.crampwise.insights;

import org.jspecify.annotations.NullMarked;
