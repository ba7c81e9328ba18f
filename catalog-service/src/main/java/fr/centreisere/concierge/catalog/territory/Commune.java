package fr.centreisere.concierge.catalog.territory;

import java.util.List;
import java.util.Objects;

import fr.centreisere.concierge.catalog.text.SearchKey;

/**
 * A commune of the territory, identified by its INSEE code (the official geographic code, e.g. {@code 38563}
 * for Voiron), with the postal codes that serve it and its intercommunality (EPCI).
 */
public record Commune(String inseeCode, String name, List<String> postalCodes, int population,
        String epciSiren, String epciName) {

    public Commune {
        if (!InseeCode.isWellFormed(inseeCode)) {
            throw new IllegalArgumentException("not an INSEE commune code: " + inseeCode);
        }
        Objects.requireNonNull(name, "name");
        postalCodes = List.copyOf(postalCodes);
        if (postalCodes.isEmpty() || !postalCodes.stream().allMatch(code -> code.matches("\\d{5}"))) {
            throw new IllegalArgumentException("a commune has one or more five-digit postal codes: " + inseeCode);
        }
        if (population < 0) {
            throw new IllegalArgumentException("population cannot be negative: " + inseeCode);
        }
        Objects.requireNonNull(epciName, "epciName");
    }

    /** The name as stored for sorting and searching: {@code Saint-Étienne-de-Crossey} → {@code saint etienne de crossey}. */
    public String nameKey() {
        return SearchKey.normalize(name);
    }

    public boolean isServedByPostalCode(String postalCode) {
        return postalCodes.contains(postalCode);
    }
}
