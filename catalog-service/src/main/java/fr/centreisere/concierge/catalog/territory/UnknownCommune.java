package fr.centreisere.concierge.catalog.territory;

/** A commune code that is not one of the territory's communes. */
public class UnknownCommune extends RuntimeException {

    private final String inseeCode;

    public UnknownCommune(String inseeCode) {
        super("la commune « %s » ne fait pas partie du territoire / commune %s is not part of the territory"
                .formatted(inseeCode, inseeCode));
        this.inseeCode = inseeCode;
    }

    public String inseeCode() {
        return inseeCode;
    }
}
