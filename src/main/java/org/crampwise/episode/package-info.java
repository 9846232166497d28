/**
 * The cramp diary: episodes and the "cramp now" timer. Nights follow {@link org.crampwise.system.NightRule}.
 * <p>
 * Public API for other modules: {@link org.crampwise.episode.Episode} and its enums,
 * and the episode service's read methods.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Cramp diary")
package org.crampwise.episode;

import org.jspecify.annotations.NullMarked;
