package org.crampwise.account;

import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What an account is for: a patient keeps a diary; a clinician sees the patients who granted it access and has no
 * diary of its own (docs/clinicians.md). Spring Security's authorities come from here, {@code ROLE_PATIENT} or
 * {@code ROLE_CLINICIAN}.
 */
public enum Role {

	PATIENT, CLINICIAN;

	private final List<GrantedAuthority> authorities = List.of(new SimpleGrantedAuthority("ROLE_" + name()));

	/** The authorities of a signed-in account of this role. */
	public List<GrantedAuthority> authorities() {
		return this.authorities;
	}

}
