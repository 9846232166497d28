package org.crampwise.episode;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;

import org.jspecify.annotations.Nullable;

/**
 * Stores a small set of enum codes in one VARCHAR column, comma-separated in declaration order
 * ({@code "STRETCH_DURING_CRAMP,MASSAGE"}; the empty set is {@code ""}). The sets hold at most four codes, are
 * always read and written with their episode and are never searched by member, so a column beats a child table:
 * no join, no extra rows, and the row stays one index lookup away.
 */
abstract class EnumSetConverter<E extends Enum<E>> implements AttributeConverter<Set<E>, String> {

	private final Class<E> type;

	EnumSetConverter(Class<E> type) {
		this.type = type;
	}

	@Override
	public String convertToDatabaseColumn(@Nullable Set<E> values) {
		if (values == null || values.isEmpty()) {
			return "";
		}
		return EnumSet.copyOf(values).stream().map(Enum::name).collect(Collectors.joining(","));
	}

	@Override
	public Set<E> convertToEntityAttribute(@Nullable String column) {
		if (column == null || column.isBlank()) {
			return Collections.unmodifiableSet(EnumSet.noneOf(this.type));
		}
		EnumSet<E> values = EnumSet.noneOf(this.type);
		Arrays.stream(column.split(",")).map(String::trim).forEach(code -> values.add(Enum.valueOf(this.type, code)));
		return Collections.unmodifiableSet(values);
	}

	@jakarta.persistence.Converter
	static class Reliefs extends EnumSetConverter<Relief> {

		Reliefs() {
			super(Relief.class);
		}

	}

	@jakarta.persistence.Converter
	static class WarningSigns extends EnumSetConverter<WarningSign> {

		WarningSigns() {
			super(WarningSign.class);
		}

	}

}
