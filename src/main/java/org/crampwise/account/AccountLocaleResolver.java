package org.crampwise.account;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import org.crampwise.system.Languages;
import org.crampwise.system.ResourceNotFoundException;

/**
 * The language of a request, for pages, the API's problem documents, the PDF and FHIR alike: the language the
 * signed-in user chose on the profile (stored on the account), else the browser's {@code Accept-Language} among
 * {@link Languages#SUPPORTED}. The stored choice is read from the database once per session and kept in it
 * ({@link #SESSION_ATTRIBUTE}: the account id and the tag, empty for "follow the browser"), so a request costs no query; the profile
 * page refreshes it through {@link #setLocale} when the user changes it. A call without a session (an API token,
 * HTTP Basic) follows its {@code Accept-Language}.
 */
@Component("localeResolver")
public class AccountLocaleResolver implements LocaleResolver {

	static final String SESSION_ATTRIBUTE = AccountLocaleResolver.class.getName() + ".LANGUAGE";

	private static final String REQUEST_ATTRIBUTE = AccountLocaleResolver.class.getName() + ".RESOLVED";

	private final Accounts accounts;

	AccountLocaleResolver(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		if (request.getAttribute(REQUEST_ATTRIBUTE) instanceof Locale resolved) {
			return resolved;
		}
		Locale chosen = chosen(request);
		Locale locale = (chosen != null) ? chosen : Languages.fromAcceptLanguage(request.getHeader("Accept-Language"));
		request.setAttribute(REQUEST_ATTRIBUTE, locale);
		return locale;
	}

	/** Stores the user's choice for this session; null follows the browser again. */
	@Override
	public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
		AccountId me = signedIn();
		if (me != null) {
			request.getSession().setAttribute(SESSION_ATTRIBUTE,
					me.value() + ":" + ((locale == null) ? "" : locale.toLanguageTag()));
		}
		request.removeAttribute(REQUEST_ATTRIBUTE);
	}

	private @Nullable Locale chosen(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		AccountId me = signedIn();
		if (session == null || me == null) {
			return null;
		}
		String prefix = me.value() + ":";
		Object stored = session.getAttribute(SESSION_ATTRIBUTE);
		if (!(stored instanceof String value) || !value.startsWith(prefix)) {
			Locale language;
			try {
				language = this.accounts.languageOf(me);
			}
			catch (ResourceNotFoundException ex) {
				return null; // erased while this request ran
			}
			stored = prefix + ((language == null) ? "" : language.toLanguageTag());
			session.setAttribute(SESSION_ATTRIBUTE, stored);
		}
		String tag = ((String) stored).substring(prefix.length());
		return tag.isEmpty() ? null : Languages.supported(tag);
	}

	private static @Nullable AccountId signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal)
				? principal.accountId() : null;
	}

}
