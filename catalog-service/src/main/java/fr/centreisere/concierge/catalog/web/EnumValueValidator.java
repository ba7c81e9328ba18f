package fr.centreisere.concierge.catalog.web;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link EnumValue}, and names the allowed values in its message. */
public class EnumValueValidator implements ConstraintValidator<EnumValue, String> {

    private Set<String> allowed;

    @Override
    public void initialize(EnumValue annotation) {
        allowed = Arrays.stream(annotation.value().getEnumConstants()).map(Enum::name)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || allowed.contains(value)) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        // the bundle's text names the allowed values: {allowed}, a parameter of this violation
        context.unwrap(org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext.class)
                .addMessageParameter("allowed", String.join(", ", allowed))
                .buildConstraintViolationWithTemplate("{validation.unknown-value.expected}").addConstraintViolation();
        return false;
    }
}
