package fr.centreisere.concierge.catalog.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A request field that must be the name of one of an enum's constants (e.g. a category code). Validated as a
 * string so that a wrong value is listed with its field, like every other validation error. Null is valid.
 */
@Documented
@Constraint(validatedBy = EnumValueValidator.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface EnumValue {

    Class<? extends Enum<?>> value();

    String message() default "{validation.unknown-value}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
