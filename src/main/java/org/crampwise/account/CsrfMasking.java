package org.crampwise.account;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Spring Security's CSRF protection against BREACH (a freshly masked token in every form), with the random bytes of
 * the masks drawn from a generator per request thread. The default is one shared {@link SecureRandom}, whose
 * {@code NativePRNG} reads under one global lock: with a form (and the sign-out button) on every page, that lock
 * queued page renders under load (thread dumps of issue 11).
 */
final class CsrfMasking {

	private CsrfMasking() {
	}

	/** The request handler for {@code http.csrf(...)}: the default XOR masking, without a shared generator. */
	static XorCsrfTokenRequestAttributeHandler handler() {
		XorCsrfTokenRequestAttributeHandler handler = new XorCsrfTokenRequestAttributeHandler();
		handler.setSecureRandom(new PerThreadSecureRandom());
		return handler;
	}

	/** A {@link SecureRandom} whose bytes come from a DRBG of the calling thread's own (seeded by the JDK). */
	static final class PerThreadSecureRandom extends SecureRandom {

		private static final long serialVersionUID = 1L;

		private static final ThreadLocal<SecureRandom> GENERATORS = ThreadLocal.withInitial(() -> {
			try {
				return SecureRandom.getInstance("DRBG");
			}
			catch (NoSuchAlgorithmException ex) {
				return new SecureRandom();
			}
		});

		@Override
		public void nextBytes(byte[] bytes) {
			GENERATORS.get().nextBytes(bytes);
		}

	}

}
