package fr.centreisere.concierge.platform.json;

import com.fasterxml.jackson.annotation.Nulls;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * How every service reads JSON: what a client sends is taken as written, or refused (400 naming the
 * field, see the problem handler), never quietly turned into something else.
 * <ul>
 * <li>a whole number is whole: {@code 1.5} (or {@code 1.0}, {@code 1e2}) for an integer is refused,
 * not cut to 1;</li>
 * <li>an enum value is one of its names, exactly: not its index ({@code 0}, {@code "0"}), not with
 * spaces around it ({@code "PERSONAL "});</li>
 * <li>no {@code null} inside a list or a map ({@code [null]}, {@code "communes":[null]}).</li>
 * </ul>
 * Decimal fields ({@code vatRatePercent: 5.5}) are unaffected.
 */
public final class StrictJson implements JsonMapperBuilderCustomizer {

    @Override
    public void customize(JsonMapper.Builder builder) {
        apply(builder);
    }

    /** The same rules on any builder (the platform's own mappers, tests). */
    public static JsonMapper.Builder apply(JsonMapper.Builder builder) {
        return builder
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .withCoercionConfig(LogicalType.Integer, integers -> integers
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .withCoercionConfig(LogicalType.Enum, enums -> enums
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .changeDefaultNullHandling(nulls -> nulls.withContentNulls(Nulls.FAIL))
                .addModule(new SimpleModule("concierge-exact-enums").setDeserializerModifier(new ExactEnums()));
    }

    /** Jackson trims an enum's text before looking it up; here a value with spaces around it is not one of its names. */
    static final class ExactEnums extends ValueDeserializerModifier {

        @Override
        public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
            return new ExactEnumDeserializer(deserializer);
        }
    }

    static final class ExactEnumDeserializer extends DelegatingDeserializer {

        ExactEnumDeserializer(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new ExactEnumDeserializer(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                String text = parser.getString();
                if (!text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                        || Character.isWhitespace(text.charAt(text.length() - 1)))) {
                    return context.handleWeirdStringValue(handledType(), text,
                            "spaces around an enum value are not accepted");
                }
            }
            return super.deserialize(parser, context);
        }
    }
}
