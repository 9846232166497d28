package org.crampwise.account;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A short human label for a device from its {@code User-Agent}, such as "Chrome on Android", so a user can tell
 * their signed-in devices apart. Only a label: nothing trusts it.
 */
final class DeviceLabels {

	private DeviceLabels() {
	}

	static String of(@Nullable String userAgent) {
		if (userAgent == null || userAgent.isBlank()) {
			return "Unknown browser";
		}
		String ua = userAgent.toLowerCase(Locale.ROOT);
		String browser = ua.contains("firefox/") ? "Firefox" : ua.contains("edg/") ? "Edge"
				: ua.contains("opr/") ? "Opera" : ua.contains("chrome/") || ua.contains("chromium/") ? "Chrome"
						: ua.contains("safari/") ? "Safari" : "Browser";
		String system = ua.contains("android") ? "Android" : ua.contains("iphone") ? "iPhone"
				: ua.contains("ipad") ? "iPad" : ua.contains("windows") ? "Windows"
						: ua.contains("mac os") ? "Mac" : ua.contains("linux") ? "Linux" : null;
		return (system != null) ? browser + " on " + system : browser;
	}

}
