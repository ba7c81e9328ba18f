package fr.centreisere.concierge.order.invoice;

/** A member's legal identity could not be read (provider-service away): the closing issues nothing (503). */
public class LegalIdentityUnavailable extends RuntimeException {

    public LegalIdentityUnavailable(String memberId, Throwable cause) {
        super("L'identité légale de la structure %s est indisponible : la clôture n'a rien émis, réessayez. / The legal identity of member %s is unavailable: the closing issued nothing, try again."
                .formatted(memberId, memberId), cause);
    }
}
