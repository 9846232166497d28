package org.crampwise.account;

import java.util.Map;

import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page. Spring Security processes the form; this only shows it, with the reason of a failed attempt.
 */
@Controller
class LoginController {

	static final String VIEW = "account/login";

	@GetMapping("/login")
	String login(@RequestParam Map<String, String> params, @Nullable HttpSession session, Model model) {
		if (params.containsKey("error")) {
			Object last = (session != null) ? session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) : null;
			model.addAttribute("loginError", (last instanceof LockedException) ? "login.locked" : "login.failed");
		}
		if (params.containsKey("throttled")) {
			model.addAttribute("loginError", "login.throttled");
		}
		return VIEW;
	}

}
