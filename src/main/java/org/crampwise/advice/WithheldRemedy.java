package org.crampwise.advice;

/**
 * A remedy that is not safe for this user, with the reason; it is never also recommended.
 *
 * @param remedy the remedy
 * @param reason why it is withheld and who to ask instead
 */
public record WithheldRemedy(Remedy remedy, String reason) {

}
