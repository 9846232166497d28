package org.crampwise.system;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Ids written into a query as a literal list, {@code in (1, 2, 3)}, for the batch queries over many accounts (the
 * clinician's patients list). H2 checks a list of literals with a hash set and scans the index only over the range
 * asked for; a list of 200 bound parameters is compared one by one for every row the index gives, which made those
 * queries 3 to 6 times slower (docs/clinicians.md, the benchmark). The ids are {@code long}s, so nothing a user typed
 * reaches the query text.
 */
public final class IdLiterals {

	private IdLiterals() {
	}

	/** {@code "1, 2, 3"}; at least one id (an empty {@code in ()} is not SQL). */
	public static String of(Collection<Long> ids) {
		if (ids.isEmpty()) {
			throw new IllegalArgumentException("no ids");
		}
		return ids.stream().map(id -> Long.toString(id)).collect(Collectors.joining(", "));
	}

}
