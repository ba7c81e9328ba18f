package fr.centreisere.concierge.catalog.territory;

import java.util.List;

import fr.centreisere.concierge.catalog.text.SearchKey;

/**
 * How to narrow the list of communes: by postal code (several communes may share one), and/or by the words
 * of a name (accents and case ignored: {@code etienne} finds « Saint-Étienne-de-Crossey »).
 */
public record CommuneFilter(String postalCode, List<String> nameWords) {

    public CommuneFilter {
        nameWords = nameWords == null ? List.of() : List.copyOf(nameWords);
    }

    public static CommuneFilter all() {
        return new CommuneFilter(null, List.of());
    }

    public static CommuneFilter of(String postalCode, String nameQuery) {
        String code = postalCode == null || postalCode.isBlank() ? null : postalCode.strip();
        return new CommuneFilter(code, SearchKey.words(nameQuery));
    }
}
