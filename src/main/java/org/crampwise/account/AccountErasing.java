package org.crampwise.account;

/**
 * An account is about to be erased, in the erasing transaction: its rows go by {@code ON DELETE CASCADE}, which no
 * JPA listener sees, so a module whose rows of this account show in other users' pages (a clinician's notes on
 * their patients' tips) raises those users' data versions here ({@code system/DataVersions}).
 * @param account the account being erased
 */
public record AccountErasing(AccountId account) {
}
