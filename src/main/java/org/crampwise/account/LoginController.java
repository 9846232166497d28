package org.crampwise.account;

import java.net.URI;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page. Spring Security processes the form; this shows it and says why it appears: a failed attempt, a
 * session that ended, the page the user was on the way to, or a sign-out. After a wrong password the typed username
 * is filled in again.
 */
@Controller
class LoginController {

	static final String VIEW = "account/login";

	/** Where a signed-out user was going, by path prefix, named as the page names itself. */
	private static final Map<String, String> DESTINATIONS = Map.of("/cramp-now", "login.to.crampNow", "/episodes",
			"login.to.diary", "/checkin", "login.to.checkin", "/profile", "login.to.profile", "/tips", "login.to.tips",
			"/export", "login.to.export");

	private final HttpSessionRequestCache requestCache = new HttpSessionRequestCache();

	@GetMapping("/login")
	String login(@RequestParam Map<String, String> params, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		HttpSession session = request.getSession(false);
		if (params.containsKey("error")) {
			Object last = (session != null) ? session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) : null;
			model.addAttribute("loginError", (last instanceof LockedException) ? "login.locked" : "login.failed");
		}
		String username = params.get("username");
		if (session != null && session.getAttribute(SignInFlow.LAST_USERNAME) instanceof String typed) {
			username = params.containsKey("error") ? typed : username;
			session.removeAttribute(SignInFlow.LAST_USERNAME);
		}
		model.addAttribute("username", username);
		String destination = destination(this.requestCache.getRequest(request, response), request.getContextPath());
		if (destination != null) {
			model.addAttribute("reason", params.containsKey("expired") ? "login.reason.ended" : "login.reason.continue");
			model.addAttribute("destination", destination);
		}
		else if (params.containsKey("expired")) {
			model.addAttribute("reason", "login.reason.endedPlain");
		}
		if (params.containsKey("throttled")) {
			model.addAttribute("loginError", "login.throttled");
		}
		return VIEW;
	}

	private static @Nullable String destination(@Nullable SavedRequest saved, String contextPath) {
		if (saved == null) {
			return null;
		}
		String path = URI.create(saved.getRedirectUrl()).getPath();
		if (path == null) {
			return null;
		}
		String inApp = path.substring(Math.min(contextPath.length(), path.length()));
		return DESTINATIONS.entrySet()
			.stream()
			.filter(e -> inApp.equals(e.getKey()) || inApp.startsWith(e.getKey() + "/"))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse("login.to.page");
	}

}
