package fr.centreisere.concierge.catalog.territory;

import fr.centreisere.concierge.platform.i18n.LocalizedException;

/** A commune code that is not one of the territory's communes. */
public class UnknownCommune extends LocalizedException {

    private final String inseeCode;

    public UnknownCommune(String inseeCode) {
        super("commune.unknown", inseeCode);
        this.inseeCode = inseeCode;
    }

    public String inseeCode() {
        return inseeCode;
    }
}
