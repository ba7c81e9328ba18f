package fr.centreisere.concierge.platform.problem;

import java.util.List;

import fr.centreisere.concierge.platform.i18n.Message;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Which field of a JSON body could not be read, and why, from Jackson's exception: a number with a
 * fraction for a whole one, a value that is not one of an enum's, a {@code null} inside a list,
 * a string for a number... so that the 400 names it ({@code quantity}, {@code [0].communes[0]}).
 * Nothing for a body that is not JSON at all: that stays a {@code malformed-request}.
 */
final class JsonFieldErrors {

    private JsonFieldErrors() {
    }

    static @Nullable FieldError of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()
                    && (cause instanceof MismatchedInputException || cause instanceof InputCoercionException)) {
                return FieldError.of(path(jackson.getPath()), message(jackson));
            }
        }
        return null;
    }

    static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            String name = reference.getPropertyName();
            if (name != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(name);
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static Message message(JacksonException failure) {
        if (failure instanceof InvalidNullException) {
            return Message.of("json.null");
        }
        if (failure instanceof UnrecognizedPropertyException) {
            return Message.of("json.unknown-field");
        }
        if (failure instanceof InputCoercionException) {
            return Message.of("json.number-out-of-range");
        }
        if (failure instanceof InvalidFormatException invalid) {
            Class<?> target = invalid.getTargetType();
            if (target != null && target.isEnum()) {
                return Message.of("json.unknown-value", constants(target));
            }
            if (invalid.getValue() instanceof Number) {
                return Message.of("json.whole-number");
            }
            return Message.of("json.invalid-value");
        }
        return Message.of("json.unexpected-type");
    }

    private static String constants(Class<?> enumType) {
        return java.util.Arrays.toString(enumType.getEnumConstants());
    }
}
