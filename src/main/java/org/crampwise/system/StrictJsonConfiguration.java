package org.crampwise.system;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import java.util.regex.Pattern;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The JSON reader of the API takes each value only in its own JSON type, once. With the strict settings of
 * {@code application.properties} (unknown fields, numbers for enums, fractions for whole numbers refused) this adds:
 * no coercion of scalars ({@code "7"} is not a number, {@code 1} or {@code -1e30} is not a boolean, {@code 5} is not
 * a string), a duplicate key is refused, every string keeps to {@link StoredText}, and dates and times are strings of
 * exactly {@code YYYY-MM-DD} / ISO-8601 with an offset within {@link DateBounds} (never a number of days or
 * seconds). Each refusal is a {@link RefusedValueException} naming its field, which {@link ApiExceptionHandler} turns
 * into a 400.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration {

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern TIME = Pattern
		.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})");

	/**
	 * Bodies are JSON (or the form and file types of the pages) and never YAML: springdoc brings Jackson 2's YAML
	 * module for its {@code /v3/api-docs.yaml}, and Spring would otherwise read and write {@code application/yaml}
	 * with a Jackson 2 mapper of its own, which keeps none of the rules here (a YAML body with an unknown field or a
	 * control character in a note was stored).
	 */
	@Bean
	WebMvcConfigurer jsonNotYamlBodies() {
		return new WebMvcConfigurer() {
			@Override
			public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
				builder.configureMessageConvertersList(
						converters -> converters.removeIf(StrictJsonConfiguration::handlesYaml));
			}
		};
	}

	static boolean handlesYaml(HttpMessageConverter<?> converter) {
		return converter.getSupportedMediaTypes().stream().anyMatch(type -> type.getSubtype().contains("yaml"));
	}

	@Bean
	JsonMapperBuilderCustomizer strictJsonInput() {
		SimpleModule strict = new SimpleModule("crampwise-strict-input");
		strict.addDeserializer(String.class, new TextDeserializer());
		// Jackson falls back to the trimmed text for an enum ("READ\u0000" read as READ): a code is taken exactly
		strict.setDeserializerModifier(new ValueDeserializerModifier() {
			@Override
			public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
					BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
				return new ExactEnumDeserializer(deserializer);
			}
		});
		strict.addDeserializer(LocalDate.class, new BoundedDeserializer<>(LocalDate.class, DATE, DateBounds.date(),
				text -> LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE), date -> date));
		strict.addDeserializer(OffsetDateTime.class, new BoundedDeserializer<>(OffsetDateTime.class, TIME,
				DateBounds.time(), text -> OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME),
				OffsetDateTime::toLocalDate));
		strict.addDeserializer(Instant.class, new BoundedDeserializer<>(Instant.class, TIME, DateBounds.time(),
				text -> OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant(),
				instant -> instant.atOffset(java.time.ZoneOffset.UTC).toLocalDate()));
		return builder -> builder.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
			.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.withCoercionConfig(LogicalType.Integer,
					config -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Float,
					config -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Boolean,
					config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Enum,
					config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
			.addModule(strict);
	}

	/** A string, and only a string, that keeps to {@link StoredText}. */
	private static final class TextDeserializer extends ValueDeserializer<String> {

		@Override
		public String deserialize(JsonParser p, DeserializationContext ctxt) {
			if (!p.hasToken(JsonToken.VALUE_STRING)) {
				return (String) ctxt.handleUnexpectedToken(String.class, p);
			}
			String text = p.getString();
			MessageSourceResolvable problem = StoredText.refusal(text);
			if (problem != null) {
				throw new RefusedValueException(p, problem, String.class);
			}
			return text;
		}

	}

	/** An enum code written exactly, with nothing around it that Jackson's fallback would trim away. */
	private static final class ExactEnumDeserializer extends DelegatingDeserializer {

		ExactEnumDeserializer(ValueDeserializer<?> delegate) {
			super(delegate);
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
			return new ExactEnumDeserializer(delegate);
		}

		@Override
		public Object deserialize(JsonParser p, DeserializationContext ctxt) {
			if (p.hasToken(JsonToken.VALUE_STRING)) {
				String text = p.getString();
				if (!text.equals(text.strip()) || !text.equals(text.trim())) {
					return ctxt.handleWeirdStringValue(handledType(), text, "not exactly one of the codes");
				}
			}
			return super.deserialize(p, ctxt);
		}

	}

	/** A date or time written exactly so, within {@link DateBounds}. */
	private static final class BoundedDeserializer<T> extends ValueDeserializer<T> {

		private final Class<T> type;

		private final Pattern pattern;

		private final MessageSourceResolvable expected;

		private final Function<String, T> parse;

		private final Function<T, LocalDate> date;

		BoundedDeserializer(Class<T> type, Pattern pattern, MessageSourceResolvable expected, Function<String, T> parse,
				Function<T, LocalDate> date) {
			this.type = type;
			this.pattern = pattern;
			this.expected = expected;
			this.parse = parse;
			this.date = date;
		}

		@Override
		public T deserialize(JsonParser p, DeserializationContext ctxt) {
			if (!p.hasToken(JsonToken.VALUE_STRING)) {
				throw new RefusedValueException(p, message("problem.mustBe.string", this.expected), this.type);
			}
			String text = p.getString();
			if (this.pattern.matcher(text).matches()) {
				try {
					T value = this.parse.apply(text);
					if (DateBounds.within(this.date.apply(value))) {
						return value;
					}
				}
				catch (DateTimeException ex) {
					// not a real date (2026-02-30) or offset: refused below
				}
			}
			throw new RefusedValueException(p, message("problem.mustBe", this.expected), this.type);
		}

	}

	private static MessageSourceResolvable message(String code, Object... arguments) {
		return new DefaultMessageSourceResolvable(new String[] { code }, arguments);
	}

	/** A JSON value refused by the rules above, with the message the client reads. */
	static final class RefusedValueException extends MismatchedInputException {

		private final MessageSourceResolvable reason;

		RefusedValueException(JsonParser p, MessageSourceResolvable reason, Class<?> type) {
			super(p, java.util.Arrays.toString(reason.getCodes()), type);
			this.reason = reason;
		}

		MessageSourceResolvable reason() {
			return this.reason;
		}

	}

}
