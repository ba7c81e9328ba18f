package fr.centreisere.concierge.platform.text;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link PrintableText}. */
public class PrintableTextValidator implements ConstraintValidator<PrintableText, CharSequence> {

    private int max;
    private boolean multiline;

    @Override
    public void initialize(PrintableText annotation) {
        this.max = annotation.max();
        this.multiline = annotation.multiline();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || PrintableTexts.isPrintable(value.toString(), max, multiline);
    }
}
