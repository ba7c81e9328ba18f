package fr.centreisere.concierge.platform.text;

import java.util.Map;

/**
 * The names people read for the service categories' codes (the catalog's {@code Category}, whose codes every
 * service shares), so that a file or a PDF of order-service or provider-service says « Jardinage », not
 * {@code GARDENING}. An unknown code (a category added to the catalog later) is shown as it is.
 */
public final class CategoryNames {

    private record Name(String french, String english) {
    }

    private static final Map<String, Name> NAMES = Map.of(
            "DELIVERY", new Name("Livraison", "Delivery"),
            "BIKE_RENTAL", new Name("Location de vélos", "Bike rental"),
            "RESSOURCERIE_COLLECTION", new Name("Collecte pour la ressourcerie", "Collection for the reuse centre"),
            "IRONING_LAUNDRY", new Name("Repassage et blanchisserie", "Ironing and laundry"),
            "SMALL_REPAIRS", new Name("Petites réparations", "Small repairs"),
            "GARDENING", new Name("Jardinage", "Gardening"),
            "ENERGY_DIAGNOSTIC", new Name("Diagnostic énergie du logement", "Home energy diagnostic"),
            "CLEANING", new Name("Ménage et nettoyage", "Cleaning"),
            "ERRANDS", new Name("Courses et démarches", "Errands"));

    private CategoryNames() {
    }

    public static String french(String code) {
        Name name = NAMES.get(code);
        return name == null ? code : name.french();
    }

    public static String english(String code) {
        Name name = NAMES.get(code);
        return name == null ? code : name.english();
    }
}
