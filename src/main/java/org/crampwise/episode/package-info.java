/**
 * The cramp diary: episodes and the "cramp now" timer. Nights follow {@link org.crampwise.system.NightRule}.
 * <p>
 * Public API for other modules: {@link org.crampwise.episode.Episode} and its enums, and
 * {@link org.crampwise.episode.EpisodeService#episodesBetween}, the owner's episodes of a range of nights, newest
 * first. An episode saved by the timer may lack its intensity, muscle or side until the user gives them:
 * they are {@code null} ("not given"), and such an episode must not be counted for that detail.
 * Everything else (entities, repositories, forms, controllers) is internal. See {@code docs/episodes.md}.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Cramp diary")
package org.crampwise.episode;

import org.jspecify.annotations.NullMarked;
