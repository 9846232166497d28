package org.crampwise.profile;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A user's health profile as other modules read it. A user who never filled it in has
 * {@code new HealthProfile(null, Pregnancy.NONE, Set.of())}.
 *
 * @param birthYear 1900..this year, or null if not given
 * @param pregnancy pregnancy status
 * @param conditions long-term conditions
 */
public record HealthProfile(@Nullable Integer birthYear, Pregnancy pregnancy, Set<HealthCondition> conditions) {

	public static final HealthProfile EMPTY = new HealthProfile(null, Pregnancy.NONE, Set.of());

	public HealthProfile {
		conditions = Set.copyOf(conditions);
	}

	public boolean has(HealthCondition condition) {
		return this.conditions.contains(condition);
	}

}
