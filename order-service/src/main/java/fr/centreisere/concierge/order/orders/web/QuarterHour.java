package fr.centreisere.concierge.order.orders.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalTime;

import fr.centreisere.concierge.order.orders.Slot;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A time of a slot: {@code HH:mm} on a quarter hour ({@code 10:00}, {@code 10:15}…), as provider-service
 * checks it; {@code 10:00:30} or {@code 10:07} are refused at the door (400 naming the field), never stored
 * to be refused by the dispatch later. {@code null} is {@code @NotNull}'s business.
 */
@Documented
@Constraint(validatedBy = QuarterHour.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@interface QuarterHour {

    String message() default "{validation.quarter-hour}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<QuarterHour, LocalTime> {
        @Override
        public boolean isValid(LocalTime time, ConstraintValidatorContext context) {
            return time == null || Slot.onQuarterHour(time);
        }
    }
}
