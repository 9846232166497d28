package org.crampwise.profile;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A profile as the user sends it, from the page or the API, before the rules have checked it. Left out, pregnancy
 * is {@code NONE}, conditions are none and the time zone stays as it is.
 *
 * @param birthYear 1900..this year, or null
 * @param pregnancy pregnancy status, or null for none
 * @param conditions long-term conditions (may hold a null from bad JSON, which the rules reject)
 * @param timeZone a time zone id to change to, or null to keep the current one
 */
record ProfileChange(@Nullable Integer birthYear, @Nullable Pregnancy pregnancy,
		@Nullable Collection<@Nullable HealthCondition> conditions, @Nullable String timeZone) {

	boolean hasUnknownCondition() {
		return this.conditions != null && this.conditions.stream().anyMatch(Objects::isNull);
	}

	HealthProfile toProfile() {
		EnumSet<HealthCondition> set = EnumSet.noneOf(HealthCondition.class);
		if (this.conditions != null) {
			this.conditions.stream().filter(Objects::nonNull).forEach(set::add);
		}
		return new HealthProfile(this.birthYear, (this.pregnancy != null) ? this.pregnancy : Pregnancy.NONE, set);
	}

	static List<HealthCondition> sorted(HealthProfile profile) {
		return profile.conditions().stream().sorted().toList();
	}

}
