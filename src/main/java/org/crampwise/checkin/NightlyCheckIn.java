package org.crampwise.checkin;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import org.crampwise.account.AccountId;
import org.crampwise.system.ReadModelSource;

/**
 * The stored check-in of one night of one account. A save replaces every answer at once, as the API's upsert does:
 * an answer left out becomes "not answered".
 */
@Entity
@Table(name = "checkins")
class NightlyCheckIn implements ReadModelSource {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "account_id", nullable = false, updatable = false)
	private long accountId;

	@Column(name = "night_of", nullable = false, updatable = false)
	private LocalDate nightOf;

	private @Nullable Integer waterMl;

	private @Nullable Integer alcoholDrinks;

	private @Nullable Double hoursFromLastDrinkToBed;

	private @Nullable Double standingHours;

	private @Nullable Double sittingHours;

	@Enumerated(EnumType.STRING)
	@Column(length = 16)
	private @Nullable ExerciseLevel exercise;

	private @Nullable Boolean stretchedBeforeBed;

	private @Nullable Boolean warmBathBeforeBed;

	private @Nullable Integer potassiumFoodServings;

	private @Nullable Boolean magnesiumSupplement;

	private @Nullable Boolean tightBedding;

	/** Saved with "same as last night" unchanged (see {@link CheckInService#copiedNightsBetween}). */
	private boolean copiedFromPrevious;

	protected NightlyCheckIn() {
		this.nightOf = LocalDate.EPOCH;
	}

	NightlyCheckIn(AccountId owner, CheckIn answers) {
		this.accountId = owner.value();
		this.nightOf = answers.nightOf();
		replaceAnswers(answers);
	}

	/** Replaces every answer of this night with the given ones (the night itself never changes). */
	void replaceAnswers(CheckIn answers) {
		if (!answers.nightOf().equals(this.nightOf)) {
			throw new IllegalArgumentException("answers of " + answers.nightOf() + " given to the night of " + this.nightOf);
		}
		this.waterMl = answers.waterMl();
		this.alcoholDrinks = answers.alcoholDrinks();
		this.hoursFromLastDrinkToBed = answers.hoursFromLastDrinkToBed();
		this.standingHours = answers.standingHours();
		this.sittingHours = answers.sittingHours();
		this.exercise = answers.exercise();
		this.stretchedBeforeBed = answers.stretchedBeforeBed();
		this.warmBathBeforeBed = answers.warmBathBeforeBed();
		this.potassiumFoodServings = answers.potassiumFoodServings();
		this.magnesiumSupplement = answers.magnesiumSupplement();
		this.tightBedding = answers.tightBedding();
	}

	void copiedFromPrevious(boolean copied) {
		this.copiedFromPrevious = copied;
	}

	boolean copiedFromPrevious() {
		return this.copiedFromPrevious;
	}

	LocalDate nightOf() {
		return this.nightOf;
	}

	AccountId owner() {
		return new AccountId(this.accountId);
	}

	CheckIn toCheckIn() {
		return new CheckIn(this.nightOf, this.waterMl, this.alcoholDrinks, this.hoursFromLastDrinkToBed,
				this.standingHours, this.sittingHours, this.exercise, this.stretchedBeforeBed, this.warmBathBeforeBed,
				this.potassiumFoodServings, this.magnesiumSupplement, this.tightBedding);
	}

	@Override
	public long readModelOwner() {
		return this.accountId;
	}

}
