package fr.centreisere.concierge.platform.text;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A name or a free text people will read: printable characters only (no control character, no
 * bidirectional embedding, override or isolate U+202A–U+202E, U+2066–U+2069, no unpaired surrogate
 * or noncharacter), at most {@link #max()} characters as a person counts them (code points). A
 * {@link #multiline()} text (a note, a description) may also hold line breaks and tabs. {@code null}
 * is valid (pair with {@code @NotBlank} where the text is required). Trim the value before it is
 * kept: {@link PrintableTexts#trimmed(String)}, e.g. in the request record's compact constructor.
 */
@Documented
@Constraint(validatedBy = PrintableTextValidator.class)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Retention(RUNTIME)
public @interface PrintableText {

    /** The most characters (code points) the text may have. */
    int max();

    /** Whether line breaks (CR, LF) and tabs are allowed. */
    boolean multiline() default false;

    /** The platform bundle's {@code text.printable} (its {@code {max}} filled in by Bean Validation). */
    String message() default "{text.printable}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
