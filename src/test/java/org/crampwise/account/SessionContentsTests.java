package org.crampwise.account;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a signed-in session holds must survive Java serialization, the way Spring Session JDBC stores it for the
 * other nodes; and the small helpers of staying signed in.
 */
class SessionContentsTests {

	@Test
	void theSignedInSecurityContextSerializesAndKeepsTheAccountId() throws Exception {
		AccountPrincipal principal = new AccountPrincipal(new AccountId(42), "alice", "{bcrypt}hash", false);
		SecurityContext context = new SecurityContextImpl(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));

		SecurityContext copy = (SecurityContext) roundTrip(context);

		assertThat(copy.getAuthentication().getPrincipal()).isInstanceOf(AccountPrincipal.class)
			.extracting(p -> ((AccountPrincipal) p).accountId())
			.isEqualTo(new AccountId(42));
		assertThat(copy.getAuthentication().getName()).isEqualTo("alice");
	}

	@Test
	void recoveryCodesAreTypedBackInAnyCaseWithOrWithoutDashes() {
		assertThat(RecoveryCodes.normalize(" ABCD efgh-JKMN ")).isEqualTo("abcdefghjkmn");
	}

	@Test
	void deviceLabelsNameBrowserAndSystem() {
		assertThat(DeviceLabels.of("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
				+ "Chrome/131.0 Mobile Safari/537.36")).isEqualTo("Chrome on Android");
		assertThat(DeviceLabels.of("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 "
				+ "(KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1")).isEqualTo("Safari on iPhone");
		assertThat(DeviceLabels.of("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0"))
			.isEqualTo("Firefox on Windows");
		assertThat(DeviceLabels.of(null)).isEqualTo("Unknown browser");
	}

	@Test
	void storedSecretsAreHashesThatCompareOnlyToTheSameSecret() {
		String token = Secrets.randomToken(32);
		assertThat(token).hasSize(43).doesNotContain("=", "+", "/");
		assertThat(Secrets.sha256(token)).hasSize(64).isNotEqualTo(token);
		assertThat(Secrets.sameHash(Secrets.sha256(token), Secrets.sha256(token))).isTrue();
		assertThat(Secrets.sameHash(Secrets.sha256(token), Secrets.sha256(token + "x"))).isFalse();
	}

	private static Object roundTrip(Object value) throws IOException, ClassNotFoundException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(value);
		}
		try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
			return in.readObject();
		}
	}

}
