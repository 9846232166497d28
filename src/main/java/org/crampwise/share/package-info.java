/**
 * Share links: a user lets a clinician read one range of nights without an account, until the link expires or is
 * revoked. The token (256 random bits) is shown once and stored only as its SHA-256 hash; every opening is logged.
 * The public clinician view lives at {@code /share/{token}}, with that range's PDF, CSV and FHIR files, and is
 * never indexed, cached or sent as a referrer.
 * <p>
 * Depends on the export module for the report and the files; nothing depends on this module. Its section of the
 * {@code /export} page plugs in through {@link org.crampwise.export.ExportPageSection}. See {@code docs/exports.md}.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Share links")
package org.crampwise.share;

import org.jspecify.annotations.NullMarked;
