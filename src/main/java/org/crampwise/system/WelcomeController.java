package org.crampwise.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: a greeting and links to what exists, for visitors and signed-in users alike.
 */
@Controller
class WelcomeController {

	static final String VIEW = "welcome";

	@GetMapping("/")
	String welcome() {
		return VIEW;
	}

}
