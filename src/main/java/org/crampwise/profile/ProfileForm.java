package org.crampwise.profile;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/** What the profile page binds: the profile and the time zone. */
record ProfileForm(@Nullable Integer birthYear, @Nullable Pregnancy pregnancy,
		@Nullable Set<HealthCondition> conditions, @Nullable String timeZone) {

	static ProfileForm of(HealthProfile profile, String timeZone) {
		return new ProfileForm(profile.birthYear(), profile.pregnancy(), profile.conditions(), timeZone);
	}

	ProfileChange toChange() {
		return new ProfileChange(this.birthYear, this.pregnancy, this.conditions,
				(this.timeZone == null || this.timeZone.isBlank()) ? null : this.timeZone);
	}

}
