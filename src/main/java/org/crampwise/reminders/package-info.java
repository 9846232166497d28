/**
 * Reminders: a calendar feed (RFC 5545) the user subscribes to on a phone, at a secret, revocable URL
 * ({@code /reminders/calendar/{token}.ics}, no sign-in). It holds, for a rolling window of nights, the evening
 * check-in, tonight's experiment task (from {@link org.crampwise.experiments.NightTasks}, when an experiment runs) and
 * the morning question, each with an alarm, in the user's time zone. The token (256 random bits) is shown once and
 * stored only as its SHA-256 ({@link org.crampwise.account.Secrets}); one feed per account.
 * <p>
 * Depends on accounts (zone, secrets), experiments (tonight's task) and system; nothing depends on this module. See
 * {@code docs/reminders.md}.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Reminders")
package org.crampwise.reminders;

import org.jspecify.annotations.NullMarked;
