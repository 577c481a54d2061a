package vn.cnnt.kit.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;

/**
 * The one reading of a JSON body, strict so that nothing a client sends is silently reinterpreted:
 *
 * <ul>
 *   <li>money is an integer number of đồng: 1.5 or "13.800.000.000" are refused, not rounded or parsed (no float to
 *       int, no string to number);
 *   <li>a member named twice ({@code {"a":1,"a":2}}) and anything after the document ({@code {} 1}) are refused;
 *   <li>text is text: a number or boolean where a string is expected is refused, not turned into "1" or "true";
 *   <li>an enum value is its exact name: neither {@code " DRAFT"} nor an ordinal {@code 0};
 *   <li>text holding a C0 control character other than tab, CR and LF (U+0000 first) is refused with 422 naming
 *       the field ({@link RefusedValueException}); PostgreSQL cannot store NUL;
 *   <li>a date outside {@link #EARLIEST_DATE}…{@link #LATEST_DATE} is refused with 422 naming the field;
 *   <li>text longer than {@link #MAX_TEXT_LENGTH} characters is refused with 422 naming the field (a field may say less
 *       with {@code @Size}); the OpenAPI documents state it as every string's {@code maxLength}.
 * </ul>
 *
 * Wrong types and syntax are 400 {@code malformed-request}; the two value rules are 422 {@code validation-failed}.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** No date of this domain (decisions, payments, approvals, establishment) comes before this one. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1950, 1, 1);

    /** Nor after this one (plans run a few years ahead; certificates expire after 36 months). */
    public static final LocalDate LATEST_DATE = LocalDate.of(2100, 12, 31);

    /** The longest text any field takes, unless it says less (the longest a field of the suite allows, plans' purposes). */
    public static final int MAX_TEXT_LENGTH = 20_000;

    @Override
    public void customize(ObjectMapper mapper) {
        configure(mapper);
    }

    /** The strict rules on any mapper (the services' through Quarkus, tests' and tools' directly). */
    public static ObjectMapper configure(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        SimpleModule module = new SimpleModule("cnnt-strict-json");
        module.addDeserializer(String.class, new CheckedText());
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(
                    DeserializationConfig config, BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
                // Whichever module reads dates (Quarkus registers JavaTimeModule after this), the range applies.
                return beanDesc.getBeanClass() == LocalDate.class ? new PlausibleDate(deserializer) : deserializer;
            }

            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(
                    DeserializationConfig config,
                    JavaType type,
                    BeanDescription beanDesc,
                    JsonDeserializer<?> deserializer) {
                return new ExactEnum(deserializer);
            }
        });
        mapper.registerModule(module);
        return mapper;
    }

    /** The first C0 control character of {@code text} other than tab, CR and LF, or -1. */
    public static int forbiddenControl(String text) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return c;
            }
        }
        return -1;
    }

    /** Why {@code text} is refused before any field's own rule: a control character or its length; null if neither. */
    public static String refusal(String text) {
        int c = forbiddenControl(text);
        if (c >= 0) {
            return controlMessage(c);
        }
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            return "must be at most " + MAX_TEXT_LENGTH + " characters";
        }
        return null;
    }

    /** The message naming a control character, e.g. "must not contain the control character U+0000". */
    public static String controlMessage(int c) {
        return "must not contain the control character U+%04X".formatted(c);
    }

    /** Text read as Jackson reads it, then refused when it holds a control character. */
    static final class CheckedText extends StdScalarDeserializer<String> {

        CheckedText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = StringDeserializer.instance.deserialize(p, ctxt);
            String refusal = refusal(text);
            if (refusal != null) {
                throw new RefusedValueException(p, refusal);
            }
            return text;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }

    /** An ISO date, then refused outside the plausible range (PostgreSQL would store some, and fail on others). */
    static final class PlausibleDate extends DelegatingDeserializer {

        PlausibleDate(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new PlausibleDate(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Object value = super.deserialize(p, ctxt);
            if (value instanceof LocalDate date && (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE))) {
                throw new RefusedValueException(p, "must be a date from " + EARLIEST_DATE + " to " + LATEST_DATE);
            }
            return value;
        }
    }

    /** An enum constant by its exact name: Jackson would otherwise trim {@code " DRAFT "} into DRAFT. */
    static final class ExactEnum extends DelegatingDeserializer {

        ExactEnum(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new ExactEnum(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                String text = p.getText();
                if (!text.equals(text.strip())) {
                    return ctxt.handleWeirdStringValue(
                            handledType(), text, "not one of the values accepted (surrounding spaces)");
                }
            }
            return super.deserialize(p, ctxt);
        }
    }
}
