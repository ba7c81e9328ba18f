package fr.centreisere.concierge.catalog.offering.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;

import fr.centreisere.concierge.catalog.offering.VatRate;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** One of the French VAT rates a service may carry: 0, 5.5, 10 or 20. Null is valid (say @NotNull too). */
@Documented
@Constraint(validatedBy = VatRatePercent.Validator.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@interface VatRatePercent {

    String message() default "{offering.vat-rate.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<VatRatePercent, BigDecimal> {

        @Override
        public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
            return value == null || VatRate.ofPercent(value).isPresent();
        }
    }
}
