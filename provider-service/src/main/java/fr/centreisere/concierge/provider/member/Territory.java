package fr.centreisere.concierge.provider.member;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The communes of the territory (INSEE codes), by intercommunality.
 *
 * <p>Source: Code officiel géographique (INSEE) as packaged by Etalab in the npm package @etalab/decoupage-administratif 6.0.0 (MIT licence); population figures are INSEE municipal populations from that package
 * (copied from data/centre-isere-communes.json of the shared project data).
 */
public final class Territory {

    /** CA du Pays Voironnais: 31 communes (Voiron 38563, Voreppe 38565, Moirans 38239, Tullins 38517, Rives 38337…). */
    public static final List<String> PAYS_VOIRONNAIS = List.of(
            "38043", "38080", "38082", "38084", "38105", "38133", "38061", "38270", "38407", "38222",
            "38228", "38239", "38256", "38337", "38331", "38362", "38368", "38372", "38373", "38386",
            "38400", "38432", "38460", "38383", "38517", "38531", "38292", "38563", "38564", "38565",
            "38566");

    /** CC Saint-Marcellin Vercors Isère Communauté: 47 communes (Saint-Marcellin 38416, Vinay 38559, Chatte 38095…). */
    public static final List<String> SAINT_MARCELLIN_VERCORS_ISERE = List.of(
            "38018", "38033", "38036", "38041", "38074", "38086", "38095", "38099", "38108", "38092",
            "38117", "38137", "38195", "38004", "38338", "38495", "38216", "38245", "38248", "38263",
            "38272", "38278", "38310", "38319", "38322", "38330", "38333", "38345", "38359", "38356",
            "38360", "38370", "38390", "38394", "38409", "38410", "38416", "38443", "38450", "38453",
            "38454", "38463", "38275", "38500", "38523", "38526", "38559");

    public static final Set<String> COMMUNES;

    static {
        Set<String> all = new LinkedHashSet<>(PAYS_VOIRONNAIS);
        all.addAll(SAINT_MARCELLIN_VERCORS_ISERE);
        COMMUNES = java.util.Collections.unmodifiableSet(all);
    }

    private Territory() {
    }
}
