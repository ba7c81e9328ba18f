package fr.centreisere.concierge.provider.member;

/** A member or capability that breaks a business rule (answered with 422). */
public class InvalidMember extends RuntimeException {
    public InvalidMember(String message) {
        super(message);
    }
}
