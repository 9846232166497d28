package org.crampwise.profile;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A medication the user takes or took, as other modules read it.
 *
 * @param id the server-assigned id
 * @param name as the user typed or picked it
 * @param drugClass its class, from the catalog when the user gave none ({@code OTHER} when unknown)
 * @param startedOn when the user started it, if known
 * @param stoppedOn when the user stopped it, null while still taken; never before {@code startedOn}
 */
public record Medication(long id, String name, DrugClass drugClass, @Nullable LocalDate startedOn,
		@Nullable LocalDate stoppedOn) {

	/** Whether the medication was being taken on that day. */
	public boolean isTakenOn(LocalDate day) {
		boolean started = this.startedOn == null || !this.startedOn.isAfter(day);
		boolean notStopped = this.stoppedOn == null || !this.stoppedOn.isBefore(day);
		return started && notStopped;
	}

	/**
	 * Whether the medication was taken on at least one day from {@code from} to {@code to}, both inclusive (an unknown
	 * start counts as "before", an unknown stop as "still taken").
	 */
	public boolean isTakenDuring(LocalDate from, LocalDate to) {
		boolean startedInTime = this.startedOn == null || !this.startedOn.isAfter(to);
		boolean notStoppedBefore = this.stoppedOn == null || !this.stoppedOn.isBefore(from);
		return startedInTime && notStoppedBefore;
	}

}
