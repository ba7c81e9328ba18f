package fr.centreisere.concierge.catalog.category;

import fr.centreisere.concierge.catalog.text.LocalizedText;

/** The kinds of services the pole's members offer; the codes are shared with the other services. */
public enum Category {

    DELIVERY("Livraison", "Delivery"),
    BIKE_RENTAL("Location de vélos", "Bike rental"),
    RESSOURCERIE_COLLECTION("Collecte pour la ressourcerie", "Collection for the reuse centre"),
    IRONING_LAUNDRY("Repassage et blanchisserie", "Ironing and laundry"),
    SMALL_REPAIRS("Petites réparations", "Small repairs"),
    GARDENING("Jardinage", "Gardening"),
    ENERGY_DIAGNOSTIC("Diagnostic énergie du logement", "Home energy diagnostic"),
    CLEANING("Ménage et nettoyage", "Cleaning"),
    ERRANDS("Courses et démarches", "Errands");

    private final LocalizedText label;

    Category(String fr, String en) {
        this.label = LocalizedText.of(fr, en);
    }

    public LocalizedText label() {
        return label;
    }

    public String code() {
        return name();
    }
}
