package fr.centreisere.concierge.platform.problem;

import jakarta.validation.ConstraintViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.validation.ObjectError;

/**
 * The stable code of a Bean Validation error, beside its message (already in the reader's language): the key of a
 * message of ours ({@code {id.member}} gives {@code id.member}), else {@code validation.} and the constraint's name
 * ({@code @NotBlank} gives {@code validation.not-blank}).
 */
public final class ValidationCodes {

    private ValidationCodes() {
    }

    public static FieldError fieldError(String field, MessageSourceResolvable error) {
        String message = error.getDefaultMessage();
        return FieldError.rendered(field, message == null ? "" : message, of(error));
    }

    /** A method parameter's error, whose violation (when it is one) its validation result gives. */
    public static FieldError fieldError(String field, MessageSourceResolvable error, @Nullable ConstraintViolation<?> violation) {
        if (violation == null) {
            return fieldError(field, error);
        }
        String message = error.getDefaultMessage();
        return FieldError.rendered(field, message == null ? violation.getMessage() : message, of(violation));
    }

    public static String of(MessageSourceResolvable error) {
        if (error instanceof ObjectError objectError && objectError.contains(ConstraintViolation.class)) {
            return of(objectError.unwrap(ConstraintViolation.class));
        }
        String[] codes = error.getCodes();
        return codes == null || codes.length == 0 ? "validation.invalid" : constraintCode(codes[codes.length - 1]);
    }

    public static String of(ConstraintViolation<?> violation) {
        String key = key(violation.getMessageTemplate());
        if (key != null && !key.startsWith("jakarta.validation.") && !key.startsWith("org.hibernate.validator.")) {
            return key;
        }
        return constraintCode(violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName());
    }

    /** {@code {id.member}} → {@code id.member}; a template that is not one whole key → null. */
    private static @Nullable String key(@Nullable String template) {
        if (template == null || !template.startsWith("{") || !template.endsWith("}") || template.indexOf('{', 1) >= 0) {
            return null;
        }
        return template.substring(1, template.length() - 1);
    }

    /** {@code NotBlank} → {@code validation.not-blank}. */
    private static String constraintCode(String constraint) {
        return "validation." + constraint.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
