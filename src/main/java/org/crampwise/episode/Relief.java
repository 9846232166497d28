package org.crampwise.episode;

/**
 * The four active-relief remedies a user can try during a cramp (API codes for {@code reliefsTried} and
 * {@code helpedMost}). Their names match the advice engine's remedy codes.
 */
public enum Relief {

	STRETCH_DURING_CRAMP, APPLY_HEAT, MASSAGE, WALK_IT_OFF

}
