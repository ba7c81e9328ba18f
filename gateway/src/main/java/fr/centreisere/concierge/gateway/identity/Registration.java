package fr.centreisere.concierge.gateway.identity;

/** What a resident gives to register, and the language their request asked for (their first mails are in it). */
public record Registration(String email, String password, String displayName, String phone, String communeInsee,
        Language language) {
}
