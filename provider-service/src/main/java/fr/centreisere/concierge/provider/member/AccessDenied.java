package fr.centreisere.concierge.provider.member;

/** The caller's role does not allow this action (answered with 403). */
public class AccessDenied extends RuntimeException {
    public AccessDenied(String message) {
        super(message);
    }
}
