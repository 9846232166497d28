package org.crampwise.share;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.crampwise.account.AccountId;
import org.crampwise.export.ExportRange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A link's status over time, and its tokens. */
class ShareLinkTests {

	static final Instant MADE = Instant.parse("2026-11-27T09:00:00Z");

	static final ExportRange RANGE = new ExportRange(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 26));

	@Test
	void isActiveUntilTheMomentItExpires() {
		ShareLink link = link();
		assertThat(link.statusAt(MADE)).isEqualTo(ShareStatus.ACTIVE);
		assertThat(link.statusAt(MADE.plus(Duration.ofDays(30)).minusNanos(1))).isEqualTo(ShareStatus.ACTIVE);
		assertThat(link.statusAt(MADE.plus(Duration.ofDays(30)))).isEqualTo(ShareStatus.EXPIRED);
	}

	@Test
	void revokedWinsOverExpiredAndKeepsTheFirstTime() {
		ShareLink link = link();
		link.revoke(MADE.plusSeconds(5));
		link.revoke(MADE.plusSeconds(50));
		assertThat(link.revokedAt()).isEqualTo(MADE.plusSeconds(5));
		assertThat(link.statusAt(MADE.plusSeconds(6))).isEqualTo(ShareStatus.REVOKED);
		assertThat(link.statusAt(MADE.plus(Duration.ofDays(40)))).isEqualTo(ShareStatus.REVOKED);
	}

	@Test
	void mustExpireAfterItWasMade() {
		assertThatThrownBy(() -> new ShareLink(new AccountId(1), "0".repeat(64), RANGE, MADE, MADE))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void tokensHave256RandomBitsInUrlSafeBase64() {
		ShareTokens tokens = new ShareTokens();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			String token = tokens.newToken();
			assertThat(token).matches("[A-Za-z0-9_-]{43}");
			assertThat(ShareTokens.wellFormed(token)).isTrue();
			assertThat(java.util.Base64.getUrlDecoder().decode(token)).hasSize(32);
			seen.add(token);
		}
		assertThat(seen).hasSize(1000);
		assertThat(ShareTokens.wellFormed("short")).isFalse();
		assertThat(ShareTokens.wellFormed("a".repeat(42) + "=")).isFalse();
	}

	@Test
	void theStoredHashIsTheHexSha256OfTheToken() {
		// SHA-256("abc"), FIPS 180-2 test vector
		assertThat(ShareTokens.hash("abc"))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

	private static ShareLink link() {
		return new ShareLink(new AccountId(1), "0".repeat(64), RANGE, MADE, MADE.plus(Duration.ofDays(30)));
	}

}
