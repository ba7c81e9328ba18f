package fr.centreisere.concierge.platform.problem;

/** One entry of a validation problem's {@code errors} list: which field, and what is wrong with it. */
public record FieldError(String field, String message) {
}
