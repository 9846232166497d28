package org.crampwise.episode;

/** Which leg cramped (API codes). */
public enum Side {

	LEFT, RIGHT, BOTH

}
