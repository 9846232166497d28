/**
 * Accounts and security: registration, sign-in with a throttle on repeated failures, the two security filter chains
 * (HTTP Basic or the session cookie for {@code /api/**}, form login for pages) and the security headers.
 * <p>
 * Other modules see only {@link org.crampwise.account.AccountId} and {@link org.crampwise.account.Accounts}. A
 * controller method that declares an {@code AccountId} parameter receives the signed-in user's id, taken from the
 * security context and never from the request, so "the current user's data only" is the path of least resistance:
 * every service method that reads or writes user data takes that id, and every repository query filters by it.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package org.crampwise.account;

import org.jspecify.annotations.NullMarked;
