/**
 * Known nights: for each night, whether it had cramps (at least one episode), the user said it had none (a "no
 * cramps" mark), or nothing is known. An unknown night is never counted as cramp-free.
 * <p>
 * Public API for other modules: {@link org.crampwise.nights.NightService} (the nights of a range, the marks, and
 * {@link org.crampwise.nights.PatientNights}, the read model of a patient's range of nights that insights and the
 * report take), {@link org.crampwise.nights.Night} and {@link org.crampwise.nights.NightStatus}. Reads the diary and
 * the check-ins through their public services; removes a mark when the diary publishes
 * {@link org.crampwise.episode.EpisodeLogged}.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Known nights")
package org.crampwise.nights;

import org.jspecify.annotations.NullMarked;
