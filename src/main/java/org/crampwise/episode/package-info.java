/**
 * The cramp diary: episodes, the "cramp now" timer and the night rule.
 * <p>
 * Public API for other modules: {@link org.crampwise.episode.Episode} and its enums,
 * and the episode service's read methods.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Cramp diary")
package org.crampwise.episode;

import org.jspecify.annotations.NullMarked;
