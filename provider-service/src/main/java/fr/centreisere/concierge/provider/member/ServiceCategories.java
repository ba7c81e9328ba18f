package fr.centreisere.concierge.provider.member;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The category of each seed catalog service (docs/INTERNAL-API.md). The catalog owns services; we only
 * need their category to show a member's categories in the directory and to default rotation weights.
 * A service created later in the catalog is unknown here until a dispatch request tells its category.
 */
public final class ServiceCategories {

    private static final Map<String, String> CATEGORY_OF = new LinkedHashMap<>();

    static {
        put("DELIVERY", "svc-livraison-courses", "svc-livraison-colis-velo-cargo", "svc-livraison-repas-seniors",
                "svc-navette-pressing-entreprise");
        put("BIKE_RENTAL", "svc-location-velo-electrique", "svc-location-velo-cargo");
        put("RESSOURCERIE_COLLECTION", "svc-collecte-encombrants-reemploi", "svc-collecte-textile",
                "svc-collecte-mobilier-bureau", "svc-vide-maison");
        put("IRONING_LAUNDRY", "svc-repassage-au-kilo", "svc-pressing-chemises", "svc-retouches-couture");
        put("SMALL_REPAIRS", "svc-petit-bricolage", "svc-reparation-electromenager", "svc-reparation-velo",
                "svc-montage-meubles");
        put("GARDENING", "svc-tonte-pelouse", "svc-taille-haies", "svc-entretien-espaces-verts-entreprise");
        put("ENERGY_DIAGNOSTIC", "svc-diagnostic-energie-logement", "svc-visite-eco-gestes");
        put("CLEANING", "svc-menage-domicile", "svc-nettoyage-bureaux", "svc-lavage-vehicule-sans-eau");
        put("ERRANDS", "svc-courses-accompagnees", "svc-conciergerie-depot-retrait",
                "svc-aide-demarches-administratives", "svc-transport-solidaire");
    }

    private ServiceCategories() {
    }

    private static void put(String category, String... services) {
        for (String service : services) {
            CATEGORY_OF.put(service, category);
        }
    }

    public static Optional<String> categoryOf(String serviceId) {
        return Optional.ofNullable(CATEGORY_OF.get(serviceId));
    }

    public static java.util.Set<String> serviceIds() {
        return java.util.Collections.unmodifiableSet(CATEGORY_OF.keySet());
    }
}
