package fr.centreisere.concierge.gateway.identity;

/** What a resident gives to register. */
public record Registration(String email, String password, String displayName, String phone, String communeInsee) {
}
