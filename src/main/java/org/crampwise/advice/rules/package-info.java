/**
 * The advice rules, one small package-private class per rule, each a Spring bean the engine receives as
 * {@code List<AdviceRule>}. Rules only read the {@link org.crampwise.advice.AdviceContext} and the
 * {@link org.crampwise.advice.AdviceSettings}; they never write, notify or read the clock.
 */
@NullMarked
package org.crampwise.advice.rules;

import org.jspecify.annotations.NullMarked;
