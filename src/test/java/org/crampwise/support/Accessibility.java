package org.crampwise.support;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Accessibility checks of the page in a browser: axe-core (every rule axe runs by default) and the document's own
 * id references: no id used twice, and every id named by {@code for}, {@code aria-describedby},
 * {@code aria-labelledby}, {@code aria-controls}, {@code aria-errormessage}, {@code aria-owns} or
 * {@code aria-activedescendant} present. Each check runs in the light and the dark theme. A page that fails any of
 * them throws an {@link AssertionError} naming the page, the theme, the rule and the elements.
 */
public final class Accessibility {

	/** Marks a document once checked, so a page is checked once however many times a journey looks at it. */
	private static final String CHECKED_FLAG = "__crampwiseA11yChecked";

	private static final String ID_PROBLEMS = """
			const problems = [];
			const seen = new Map();
			document.querySelectorAll('[id]').forEach(e => seen.set(e.id, (seen.get(e.id) || 0) + 1));
			seen.forEach((n, id) => { if (n > 1) problems.push('id "' + id + '" is used ' + n + ' times'); });
			const refs = ['for', 'aria-describedby', 'aria-labelledby', 'aria-controls', 'aria-errormessage',
			    'aria-owns', 'aria-activedescendant'];
			refs.forEach(attr => document.querySelectorAll('[' + attr + ']').forEach(e => {
			  e.getAttribute(attr).split(/\\s+/).filter(Boolean).forEach(id => {
			    if (!document.getElementById(id)) {
			      problems.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.name ? '[name=' + e.name + ']' : '')
			          + ' has ' + attr + '="' + e.getAttribute(attr) + '" but no element has id "' + id + '"');
			    }
			  });
			}));
			return problems;""";

	private Accessibility() {
	}

	/** Checks the page on screen now, in light and dark, and fails on any problem. */
	public static void assertAccessible(WebDriver driver) {
		List<String> problems = new ArrayList<>();
		JavascriptExecutor js = (JavascriptExecutor) driver;
		Object before = js.executeScript("return document.documentElement.getAttribute('data-theme');");
		try {
			for (String theme : List.of("light", "dark")) {
				js.executeScript("document.documentElement.setAttribute('data-theme', arguments[0]);", theme);
				problems.addAll(problemsIn(driver, theme));
			}
			@SuppressWarnings("unchecked")
			List<String> idProblems = (List<String>) js.executeScript(ID_PROBLEMS);
			problems.addAll(idProblems);
		}
		finally {
			js.executeScript("if (arguments[0]) { document.documentElement.setAttribute('data-theme', arguments[0]); }"
					+ " else { document.documentElement.removeAttribute('data-theme'); }", before);
		}
		js.executeScript("window." + CHECKED_FLAG + " = true;");
		if (!problems.isEmpty()) {
			throw new AssertionError("Accessibility problems on " + driver.getCurrentUrl() + ":\n  "
					+ String.join("\n  ", problems));
		}
	}

	/** Checks the page on screen unless it was checked already or is still loading. */
	static void assertAccessibleOnce(WebDriver driver) {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		Object state = js.executeScript("return [document.readyState, window." + CHECKED_FLAG + " === true,"
				+ " location.protocol];");
		List<?> values = (List<?>) state;
		boolean ready = "complete".equals(values.get(0));
		boolean checked = Boolean.TRUE.equals(values.get(1));
		boolean page = String.valueOf(values.get(2)).startsWith("http");
		if (ready && !checked && page) {
			assertAccessible(driver);
		}
	}

	private static List<String> problemsIn(WebDriver driver, String theme) {
		List<String> problems = new ArrayList<>();
		Results results = new AxeBuilder().analyze(driver);
		if (results.getErrorMessage() != null) {
			problems.add(theme + ": axe-core failed: " + results.getErrorMessage());
		}
		for (Rule rule : results.getViolations()) {
			String where = rule.getNodes()
				.stream()
				.map(node -> node.getTarget() + " " + abbreviate(node.getHtml()))
				.collect(Collectors.joining("; "));
			problems.add(theme + ": axe " + rule.getId() + " (" + rule.getHelp() + "): " + where);
		}
		return problems;
	}

	private static String abbreviate(String html) {
		return (html.length() > 160) ? html.substring(0, 160) + "..." : html;
	}

}
