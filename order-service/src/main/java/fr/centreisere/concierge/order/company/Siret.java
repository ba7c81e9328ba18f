package fr.centreisere.concierge.order.company;

/**
 * A French establishment number: 14 digits whose Luhn checksum holds (La Poste's establishments,
 * SIREN 356 000 000, may follow their own rule instead: the sum of their digits is a multiple of 5).
 */
public record Siret(String value) {

    private static final String LA_POSTE = "356000000";

    public Siret {
        if (!isValid(value)) {
            throw new CompanyRefused("company.siret-invalid", value);
        }
    }

    public static boolean isValid(String candidate) {
        if (candidate == null || !candidate.matches("\\d{14}")) {
            return false;
        }
        if (candidate.startsWith(LA_POSTE) && candidate.chars().map(c -> c - '0').sum() % 5 == 0) {
            return true;
        }
        int sum = 0;
        for (int i = 0; i < 14; i++) {
            int digit = candidate.charAt(13 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
