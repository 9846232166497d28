package org.crampwise.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.rememberme.AbstractRememberMeServices;
import org.springframework.security.web.authentication.rememberme.InvalidCookieException;
import org.springframework.security.web.authentication.rememberme.RememberMeAuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Keep me signed in on this device", stored in the database so every node honours it and the user can revoke it on
 * {@code /profile/devices}. The cookie is {@code series:token}; the table keeps the series and a SHA-256 of the token.
 * <p>
 * The token is not rotated on every use (Spring's persistent-token scheme does): a page load sends several requests
 * at once, possibly to several nodes, and rotation would make them race and look like theft. Like the session cookie
 * it is {@code HttpOnly}, {@code SameSite=Lax}, {@code Secure} over HTTPS, and revocable; it expires
 * {@link RememberMeSettings#validity()} after its last use. A remember-me sign-in is not subject to the login
 * throttle, so nobody can lock a remembered device out by guessing its user's password.
 */
@Component
class DatabaseRememberMeServices extends AbstractRememberMeServices {

	/** Write "last used" at most this often per device, so an active night costs one write, not one per request. */
	private static final Duration TOUCH_EVERY = Duration.ofMinutes(5);

	private final RememberMeTokenRepository tokens;

	private final AccountRepository accounts;

	private final TransactionTemplate transactions;

	private final Duration validity;

	private final Clock clock;

	DatabaseRememberMeServices(UserDetailsService userDetailsService, RememberMeTokenRepository tokens,
			AccountRepository accounts, TransactionTemplate transactions, RememberMeSettings settings, Clock clock) {
		// the key only signs the Authentication inside this JVM; sessions on other nodes carry it already made
		super(Secrets.randomToken(32), userDetailsService);
		this.tokens = tokens;
		this.accounts = accounts;
		this.transactions = transactions;
		this.validity = settings.validity();
		this.clock = clock;
		setCookieName(settings.cookieName());
		setTokenValiditySeconds((int) settings.validity().toSeconds());
		setCookieCustomizer(cookie -> cookie.setAttribute("SameSite", "Lax"));
	}

	@Override
	protected void onLoginSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) {
		if (!(authentication.getPrincipal() instanceof AccountPrincipal principal)) {
			return;
		}
		String series = Secrets.randomToken(18);
		String token = Secrets.randomToken(32);
		RememberMeToken saved = this.transactions.execute(status -> this.tokens.save(new RememberMeToken(series,
				principal.accountId(), Secrets.sha256(token), DeviceLabels.of(request.getHeader("User-Agent")),
				this.clock.instant())));
		setCookie(new String[] { series, token }, getTokenValiditySeconds(), request, response);
		request.getSession().setAttribute(AccountSessions.DEVICE_ATTRIBUTE, saved.id());
	}

	@Override
	protected UserDetails processAutoLoginCookie(String[] cookie, HttpServletRequest request,
			HttpServletResponse response) {
		if (cookie.length != 2) {
			throw new InvalidCookieException("not a remember-me cookie");
		}
		Instant now = this.clock.instant();
		AccountPrincipal principal = this.transactions.execute(status -> {
			RememberMeToken token = this.tokens.findBySeries(cookie[0])
				.filter(t -> Secrets.sameHash(t.tokenHash(), Secrets.sha256(cookie[1])))
				.orElseThrow(() -> new RememberMeAuthenticationException("unknown or revoked device"));
			if (token.lastUsedAt().plus(this.validity).isBefore(now)) {
				this.tokens.deleteBySeries(token.series());
				throw new RememberMeAuthenticationException("expired");
			}
			if (token.lastUsedAt().plus(TOUCH_EVERY).isBefore(now)) {
				token.usedAt(now);
			}
			request.getSession().setAttribute(AccountSessions.DEVICE_ATTRIBUTE, token.id());
			Account account = this.accounts.findById(token.accountId().value())
				.orElseThrow(() -> new RememberMeAuthenticationException("account erased"));
			return new AccountPrincipal(account.id(), account.username(), account.passwordHash(), false,
					account.role());
		});
		// slide the cookie's lifetime along with the stored one
		setCookie(cookie, getTokenValiditySeconds(), request, response);
		return principal;
	}

	@Override
	public void logout(HttpServletRequest request, HttpServletResponse response,
			@Nullable Authentication authentication) {
		currentSeries(request).ifPresent(series -> this.transactions.execute(status -> this.tokens.deleteBySeries(series)));
		super.logout(request, response, authentication);
	}

	/** The series of this request's remember-me cookie, if it has a well-formed one. */
	Optional<String> currentSeries(HttpServletRequest request) {
		String value = extractRememberMeCookie(request);
		if (value == null || value.isEmpty()) {
			return Optional.empty();
		}
		try {
			String[] parts = decodeCookie(value);
			return (parts.length == 2) ? Optional.of(parts[0]) : Optional.empty();
		}
		catch (InvalidCookieException ex) {
			return Optional.empty();
		}
	}

}
