package fr.centreisere.concierge.order.invoice;

/** The pole's identity is not configured ({@code concierge.pole.*}): no invoice can be issued (503). */
public class PoleIdentityMissing extends RuntimeException {

    public PoleIdentityMissing(String missing) {
        super("L'identité du pôle n'est pas configurée (%s) : aucune facture ne peut être émise. / The pole's identity is not configured (%s): no invoice can be issued."
                .formatted(missing, missing));
    }
}
