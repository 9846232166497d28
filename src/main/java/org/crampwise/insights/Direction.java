package org.crampwise.insights;

/** Which way a LINKED factor goes. */
public enum Direction {

	MORE_CRAMPS, FEWER_CRAMPS

}
