/**
 * Cross-cutting web and infrastructure pieces every feature module uses: the {@link java.time.Clock}, problem-detail
 * error handling for the JSON API, the request body limit, the home page and the HTML error pages.
 * <p>
 * Feature modules signal bad input with {@link org.crampwise.system.InvalidInputException} and a missing (or
 * someone else's) resource with {@link org.crampwise.system.ResourceNotFoundException}; this module turns both into
 * RFC 9457 problem details.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "System", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.crampwise.system;

import org.jspecify.annotations.NullMarked;
