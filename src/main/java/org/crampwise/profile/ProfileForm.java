package org.crampwise.profile;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What the profile page binds: the profile, the time zone and the language ({@code language} empty = follow the
 * browser).
 */
record ProfileForm(@Nullable Integer birthYear, @Nullable Pregnancy pregnancy,
		@Nullable Set<HealthCondition> conditions, @Nullable String timeZone, @Nullable String language) {

	static ProfileForm of(HealthProfile profile, String timeZone, java.util.@Nullable Locale language) {
		return new ProfileForm(profile.birthYear(), profile.pregnancy(), profile.conditions(), timeZone,
				(language == null) ? "" : language.toLanguageTag());
	}

	ProfileChange toChange() {
		return new ProfileChange(this.birthYear, this.pregnancy, this.conditions,
				(this.timeZone == null || this.timeZone.isBlank()) ? null : this.timeZone);
	}

}
