package org.crampwise.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.crampwise.support.ApiUser;
import org.crampwise.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crampwise in Spanish at 360x740, page by page over every page a patient uses: the browser asks for Spanish
 * ({@code Accept-Language: es}), or the user chose it on the profile. No page shows a raw key ({@code ??key_es??})
 * or an English word of the app's own text (proper names such as Crampwise, FHIR, NHS, and "token", a word Spanish
 * uses, are not in the list), and the
 * page says {@code lang="es"}. Screenshots land in target/screenshots/es-*.png.
 */
class SpanishBrowserTests extends BrowserTest {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	/** Words of the English texts that no Spanish page should show (compared whole, ignoring case). */
	private static final Set<String> ENGLISH = Set.of("the", "and", "your", "you", "with", "night", "nights", "cramp",
			"cramps", "save", "sign", "tonight", "diary", "tips", "profile", "share", "delete", "edit", "next",
			"previous", "home", "what", "when", "how", "more", "less", "today", "week", "log", "help", "from", "this",
			"that", "not", "was", "were", "have", "has", "will", "please", "back", "account", "password", "theme",
			"skip", "water", "drinks", "hours", "stretch", "before", "bed", "after", "pain", "calf", "foot", "leg",
			"legs", "left", "right", "both", "check-in", "of", "to", "for", "is", "are", "it", "or", "on", "in",
			"yes", "days", "link", "links", "devices", "codes", "report", "patterns", "calendar",
			"medication", "medications", "remedies", "unknown", "known");

	/** Pages a patient uses (the insights page too, with a diary long enough for its sentences: see below). */
	private static final List<String> PAGES = List.of("/", "/cramp-now", "/episodes", "/episodes/new", "/checkin",
			"/profile", "/tips", "/remedies", "/calendar", "/export", "/profile/tokens", "/profile/devices",
			"/profile/password", "/profile/recovery-codes");

	/** Nights of the diary behind the insights page: enough for a verdict on alcohol near bedtime. */
	private static final int DIARY_NIGHTS = 90;

	@Test
	void aBrowserThatAsksForSpanishGetsEveryPageInSpanish() throws IOException {
		askFor("es");
		List<String> problems = new ArrayList<>();
		for (String page : List.of("/", "/login", "/register", "/recover", "/remedies")) {
			check(page, "public" + page.replace('/', '-'), problems);
		}
		ApiUser user = ApiUser.register(this.client, "es");
		long episode = user.logEpisode("""
				{"startedAt":"%sT02:14:00+01:00","durationSeconds":95,"intensity":8,"muscle":"CALF","side":"RIGHT",
				 "wokeFromSleep":true,"reliefsTried":["STRETCH_DURING_CRAMP"],"helpedMost":"STRETCH_DURING_CRAMP",
				 "notes":"gemelo"}""".formatted(ApiUser.tonight().minusDays(2)));
		user.put("/api/v1/checkins/" + ApiUser.tonight().minusDays(1), """
				{"waterMl":900,"alcoholDrinks":2,"hoursFromLastDrinkToBed":1.5,"exercise":"HARD"}""");
		user.create("/api/v1/medications", "{\"name\":\"hydrochlorothiazide\",\"startedOn\":\""
				+ ApiUser.tonight().minusDays(30) + "\"}");
		diary(user);
		signIn(user);
		for (String page : PAGES) {
			check(page, page.replace('/', '-'), problems);
		}
		check("/episodes/" + episode + "/edit", "-episode-edit", problems);
		check("/checkin/" + ApiUser.tonight().minusDays(1), "-checkin-earlier", problems);
		check("/insights", "-insights", problems);
		// the page showed the engine's sentences, worded in Spanish: a verdict, the medication and a factor's name
		String insights = this.browser.findElement(By.tagName("body")).getText();
		assertThat(insights).contains("Las noches con alcohol menos de 2 horas antes de acostarte tuvieron calambres "
				+ "más a menudo")
			.contains("en torno al inicio de hydrochlorothiazide");
		// the factor names of the "not enough data yet" table, folded away in a <details>
		assertThat(this.browser.getPageSource()).contains("ropa de cama apretada").doesNotContain("TIGHT_BEDDING");
		assertThat(problems).isEmpty();
	}

	@Test
	void theLanguageChosenOnTheProfileWinsOverTheBrowserAndCanBeGivenBack() {
		askFor("en");
		ApiUser user = ApiUser.register(this.client, "es");
		signIn(user);
		assertThat(lang()).isEqualTo("en");
		this.browser.get(url("/profile"));
		new Select(this.browser.findElement(By.id("language"))).selectByValue("es");
		this.browser.findElement(By.id("save-profile")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash-success")));
		assertThat(this.browser.findElement(By.cssSelector(".flash-success")).getText()).isEqualTo("Perfil guardado.");
		assertThat(lang()).isEqualTo("es");
		this.browser.get(url("/episodes"));
		assertThat(lang()).isEqualTo("es");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Su diario de calambres");

		this.browser.get(url("/profile"));
		new Select(this.browser.findElement(By.id("language"))).selectByValue("");
		this.browser.findElement(By.id("save-profile")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash-success")));
		assertThat(this.browser.findElement(By.cssSelector(".flash-success")).getText()).isEqualTo("Profile saved.");
		assertThat(lang()).isEqualTo("en");
	}

	/**
	 * A check-in for each of the {@link #DIARY_NIGHTS} nights before the ones above, with alcohol close to bed on
	 * about half of them (seeded); cramps on most of those nights and on few others, the rest marked "no cramps".
	 */
	private static void diary(ApiUser user) {
		Random random = new Random(15);
		for (int i = 0; i < DIARY_NIGHTS; i++) {
			LocalDate night = ApiUser.tonight().minusDays(4 + i);
			boolean alcohol = random.nextBoolean();
			user.put("/api/v1/checkins/" + night, alcohol
					? "{\"waterMl\":2000,\"alcoholDrinks\":1,\"hoursFromLastDrinkToBed\":1,\"tightBedding\":false}"
					: "{\"waterMl\":2000,\"alcoholDrinks\":0,\"tightBedding\":false}");
			if (random.nextDouble() < (alcohol ? 0.85 : 0.1)) {
				user.logEpisode("""
						{"startedAt":"%sT23:30:00+01:00","durationSeconds":60,"intensity":5,"muscle":"CALF",
						 "side":"LEFT","wokeFromSleep":false}""".formatted(night));
			}
			else {
				user.markNoCramps(night);
			}
		}
	}

	private void check(String path, String name, List<String> problems) throws IOException {
		this.browser.get(url(path));
		String text = this.browser.findElement(By.tagName("body")).getText();
		screenshot(name);
		if (!"es".equals(lang())) {
			problems.add(path + " says lang=" + lang());
		}
		if (text.contains("??")) {
			problems.add(path + " shows a raw key: " + around(text, text.indexOf("??")));
		}
		for (String token : text.split("\\s+")) {
			if (token.contains("/")) {
				continue; // a time zone id (America/Knox_IN) or a path, not text of the app
			}
			for (String word : token.split("[^\\p{L}-]+")) {
				if (ENGLISH.contains(word.toLowerCase(Locale.ROOT))) {
					problems.add(path + " shows the English word '" + word + "': " + around(text, text.indexOf(token)));
				}
			}
		}
	}

	private static String around(String text, int at) {
		return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 40)).replace('\n', ' ');
	}

	private String lang() {
		return (String) ((JavascriptExecutor) this.browser).executeScript("return document.documentElement.lang");
	}

	/** Every request of this browser from now on carries this Accept-Language. */
	private void askFor(String language) {
		chrome().executeCdpCommand("Network.enable", Map.of());
		chrome().executeCdpCommand("Network.setExtraHTTPHeaders",
				Map.of("headers", Map.of("Accept-Language", language)));
	}

	private void screenshot(String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		byte[] png = ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.BYTES);
		Files.write(SCREENSHOTS.resolve("es" + name + ".png"), png);
	}

}
