package org.crampwise.advice;

import java.util.EnumSet;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.crampwise.profile.HealthCondition;
import org.crampwise.profile.HealthProfile;
import org.crampwise.profile.Pregnancy;

/** Test data: a health profile, empty until set. */
public final class ProfileBuilder {

	private @Nullable Integer birthYear;

	private Pregnancy pregnancy = Pregnancy.NONE;

	private EnumSet<HealthCondition> conditions = EnumSet.noneOf(HealthCondition.class);

	public static ProfileBuilder profile() {
		return new ProfileBuilder();
	}

	public ProfileBuilder born(int year) {
		this.birthYear = year;
		return this;
	}

	public ProfileBuilder pregnancy(Pregnancy pregnancy) {
		this.pregnancy = pregnancy;
		return this;
	}

	public ProfileBuilder conditions(HealthCondition... conditions) {
		this.conditions = conditions.length == 0 ? EnumSet.noneOf(HealthCondition.class)
				: EnumSet.copyOf(List.of(conditions));
		return this;
	}

	public HealthProfile build() {
		return new HealthProfile(this.birthYear, this.pregnancy, this.conditions);
	}

}
