package org.crampwise.experiments;

import org.crampwise.advice.Remedy;

import org.springframework.context.MessageSourceResolvable;

/**
 * What a running experiment asks of the user on one night, for example "Tonight: stretch before bed (block 3 of 12)".
 *
 * @param remedy the remedy under test
 * @param arm whether tonight is a remedy night or a usual night
 * @param block the block tonight belongs to, counted from 1
 * @param blocks the number of blocks planned
 * @param text the sentence to show, resolved in the reader's language by any message source
 */
public record NightTask(Remedy remedy, Arm arm, int block, int blocks, MessageSourceResolvable text) {
}
