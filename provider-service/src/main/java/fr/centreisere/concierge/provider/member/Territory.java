package fr.centreisere.concierge.provider.member;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

    /** The communes' names (same source), for messages that name the place: a member's offer names only the commune. */
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("38004", "L'Albenc"),
            Map.entry("38018", "Auberives-en-Royans"),
            Map.entry("38033", "Beaulieu"),
            Map.entry("38036", "Beauvoir-en-Royans"),
            Map.entry("38041", "Bessins"),
            Map.entry("38043", "Bilieu"),
            Map.entry("38061", "La Buisse"),
            Map.entry("38074", "Chantesse"),
            Map.entry("38080", "Charancieu"),
            Map.entry("38082", "Charavines"),
            Map.entry("38084", "Charnècles"),
            Map.entry("38086", "Chasselay"),
            Map.entry("38092", "Châtelus"),
            Map.entry("38095", "Chatte"),
            Map.entry("38099", "Chevrières"),
            Map.entry("38105", "Chirens"),
            Map.entry("38108", "Choranche"),
            Map.entry("38117", "Cognin-les-Gorges"),
            Map.entry("38133", "Coublevie"),
            Map.entry("38137", "Cras"),
            Map.entry("38195", "Izeron"),
            Map.entry("38216", "Malleval-en-Vercors"),
            Map.entry("38222", "Massieu"),
            Map.entry("38228", "Merlas"),
            Map.entry("38239", "Moirans"),
            Map.entry("38245", "Montagne"),
            Map.entry("38248", "Montaud"),
            Map.entry("38256", "Montferrat"),
            Map.entry("38263", "Morette"),
            Map.entry("38270", "La Murette"),
            Map.entry("38272", "Murinais"),
            Map.entry("38275", "Serre-Nerpol"),
            Map.entry("38278", "Notre-Dame-de-l'Osier"),
            Map.entry("38292", "Villages du Lac de Paladru"),
            Map.entry("38310", "Poliénas"),
            Map.entry("38319", "Pont-en-Royans"),
            Map.entry("38322", "Presles"),
            Map.entry("38330", "Quincieu"),
            Map.entry("38331", "Réaumont"),
            Map.entry("38333", "Rencurel"),
            Map.entry("38337", "Rives"),
            Map.entry("38338", "La Rivière"),
            Map.entry("38345", "Rovon"),
            Map.entry("38356", "Saint-André-en-Royans"),
            Map.entry("38359", "Saint Antoine l'Abbaye"),
            Map.entry("38360", "Saint-Appolinard"),
            Map.entry("38362", "Saint-Aupre"),
            Map.entry("38368", "Saint-Blaise-du-Buis"),
            Map.entry("38370", "Saint-Bonnet-de-Chavagne"),
            Map.entry("38372", "Saint-Bueil"),
            Map.entry("38373", "Saint-Cassien"),
            Map.entry("38383", "Saint-Étienne-de-Crossey"),
            Map.entry("38386", "Saint-Geoire-en-Valdaine"),
            Map.entry("38390", "Saint-Gervais"),
            Map.entry("38394", "Saint-Hilaire-du-Rosier"),
            Map.entry("38400", "Saint-Jean-de-Moirans"),
            Map.entry("38407", "La Sure en Chartreuse"),
            Map.entry("38409", "Saint-Just-de-Claix"),
            Map.entry("38410", "Saint-Lattier"),
            Map.entry("38416", "Saint-Marcellin"),
            Map.entry("38432", "Saint-Nicolas-de-Macherin"),
            Map.entry("38443", "Saint-Pierre-de-Chérennes"),
            Map.entry("38450", "Saint-Quentin-sur-Isère"),
            Map.entry("38453", "Saint-Romans"),
            Map.entry("38454", "Saint-Sauveur"),
            Map.entry("38460", "Saint-Sulpice-des-Rivoires"),
            Map.entry("38463", "Saint-Vérand"),
            Map.entry("38495", "La Sône"),
            Map.entry("38500", "Têche"),
            Map.entry("38517", "Tullins"),
            Map.entry("38523", "Varacieux"),
            Map.entry("38526", "Vatilieu"),
            Map.entry("38531", "Velanne"),
            Map.entry("38559", "Vinay"),
            Map.entry("38563", "Voiron"),
            Map.entry("38564", "Voissant"),
            Map.entry("38565", "Voreppe"),
            Map.entry("38566", "Vourey"));

    /** The commune's name, or its INSEE code when it is not of the territory. */
    public static String nameOf(String inseeCode) {
        return NAMES.getOrDefault(inseeCode, inseeCode);
    }

    private Territory() {
    }
}
