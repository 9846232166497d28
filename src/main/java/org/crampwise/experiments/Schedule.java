package org.crampwise.experiments;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fixed schedule of an experiment: a run-in from {@code startsOn}, then {@code pairs} pairs of blocks whose order
 * inside each pair is the stored draw ({@code armOrders}: one letter a pair, R remedy first, U usual first).
 *
 * @param startsOn the first run-in night
 * @param runInNights nights of the run-in
 * @param blockNights nights of every block
 * @param washInNights the first nights of every block left out of the analysis
 * @param pairs the pairs scheduled now (the planned ones, plus the extension's once extended)
 * @param armOrders the drawn order of every pair, the extension's included
 */
public record Schedule(LocalDate startsOn, int runInNights, int blockNights, int washInNights, int pairs,
		String armOrders) {

	public Schedule {
		if (armOrders.length() < pairs || !armOrders.matches("[RU]*")) {
			throw new IllegalArgumentException("arm orders " + armOrders + " for " + pairs + " pairs");
		}
	}

	/** The last run-in night. */
	public LocalDate runInEnds() {
		return this.startsOn.plusDays(this.runInNights - 1L);
	}

	/** The first night of the first block. */
	public LocalDate firstBlockNight() {
		return this.startsOn.plusDays(this.runInNights);
	}

	/** The last night of the last block scheduled now. */
	public LocalDate lastNight() {
		return firstBlockNight().plusDays((long) this.pairs * 2 * this.blockNights - 1);
	}

	/** Every block scheduled now, in order. */
	public List<Block> blocks() {
		List<Block> blocks = new ArrayList<>(this.pairs * 2);
		LocalDate from = firstBlockNight();
		for (int pair = 1; pair <= this.pairs; pair++) {
			Arm first = (this.armOrders.charAt(pair - 1) == 'R') ? Arm.REMEDY : Arm.USUAL;
			Arm second = (first == Arm.REMEDY) ? Arm.USUAL : Arm.REMEDY;
			for (Arm arm : List.of(first, second)) {
				LocalDate to = from.plusDays(this.blockNights - 1L);
				blocks.add(new Block(blocks.size() + 1, pair, arm, from, to));
				from = to.plusDays(1);
			}
		}
		return blocks;
	}

	/** The block of that night, if the night lies in one. */
	public Optional<Block> blockOf(LocalDate night) {
		if (night.isBefore(firstBlockNight()) || night.isAfter(lastNight())) {
			return Optional.empty();
		}
		int index = (int) (ChronoUnit.DAYS.between(firstBlockNight(), night) / this.blockNights);
		return Optional.of(blocks().get(index));
	}

	/** Whether the night is in a block's wash-in (left out of the analysis). */
	public boolean inWashIn(Block block, LocalDate night) {
		return ChronoUnit.DAYS.between(block.from(), night) < this.washInNights;
	}

	/**
	 * One block.
	 *
	 * @param index counted from 1
	 * @param pair the pair it belongs to, counted from 1
	 * @param arm remedy or usual
	 * @param from first night
	 * @param to last night
	 */
	public record Block(int index, int pair, Arm arm, LocalDate from, LocalDate to) {
	}

}
