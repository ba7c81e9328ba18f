package fr.centreisere.concierge.catalog.territory;

import java.util.regex.Pattern;

/** The shape of an INSEE commune code: five characters, digits except Corsica's {@code 2A}/{@code 2B}. */
public final class InseeCode {

    private static final Pattern SHAPE = Pattern.compile("(\\d{2}|2A|2B)\\d{3}");

    private InseeCode() {
    }

    public static boolean isWellFormed(String code) {
        return code != null && SHAPE.matcher(code).matches();
    }
}
