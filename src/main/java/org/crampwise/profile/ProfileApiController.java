package org.crampwise.profile;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.crampwise.account.AccountId;

/**
 * {@code /api/v1/profile}: the signed-in user's health profile, with their time zone. A {@code PUT} replaces the
 * whole profile; a {@code timeZone} left out keeps the current one.
 */
@RestController
@RequestMapping("/api/v1/profile")
class ProfileApiController {

	private final ProfileService profiles;

	ProfileApiController(ProfileService profiles) {
		this.profiles = profiles;
	}

	@Operation(summary = "Read the health profile", description = "Birth year, pregnancy, conditions and time zone; an empty profile before the first save.")
	@ApiResponse(responseCode = "200", description = "The profile")
	@GetMapping
	ProfileResponse show(AccountId me) {
		return ProfileResponse.of(this.profiles.profile(me), this.profiles.timeZone(me));
	}

	@Operation(summary = "Replace the health profile", description = "Every field at once; a field left out is cleared.")
	@ApiResponse(responseCode = "200", description = "The saved profile")
	@PutMapping
	ProfileResponse replace(AccountId me, @RequestBody ProfileRequest body) {
		HealthProfile saved = this.profiles.update(me,
				new ProfileChange(body.birthYear(), body.pregnancy(), body.conditions(), body.timeZone()));
		return ProfileResponse.of(saved, this.profiles.timeZone(me));
	}

	/** The contract's profile JSON, plus the optional {@code timeZone} (an IANA id such as Europe/Paris). */
	record ProfileRequest(@Nullable Integer birthYear, @Nullable Pregnancy pregnancy,
			@Nullable Set<@Nullable HealthCondition> conditions, @Nullable String timeZone) {
	}

	record ProfileResponse(@Nullable Integer birthYear, Pregnancy pregnancy, List<HealthCondition> conditions,
			String timeZone) {

		static ProfileResponse of(HealthProfile profile, String timeZone) {
			return new ProfileResponse(profile.birthYear(), profile.pregnancy(), ProfileChange.sorted(profile),
					timeZone);
		}

	}

}
