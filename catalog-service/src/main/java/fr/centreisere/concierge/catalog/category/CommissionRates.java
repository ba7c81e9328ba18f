package fr.centreisere.concierge.catalog.category;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The pole's commission on each category, as a percentage of the price before VAT: the default rate unless a
 * category has its own. The commission helps the pole finance itself; the member gets the rest.
 */
public final class CommissionRates {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BigDecimal defaultPercent;
    private final Map<Category, BigDecimal> percentByCategory;

    public CommissionRates(BigDecimal defaultPercent, Map<Category, BigDecimal> percentByCategory) {
        this.defaultPercent = checked(Objects.requireNonNull(defaultPercent, "defaultPercent"));
        Map<Category, BigDecimal> copy = new EnumMap<>(Category.class);
        percentByCategory.forEach((category, percent) -> copy.put(category, checked(percent)));
        this.percentByCategory = Map.copyOf(copy);
    }

    public static CommissionRates uniform(BigDecimal percent) {
        return new CommissionRates(percent, Map.of());
    }

    public BigDecimal percentFor(Category category) {
        return percentByCategory.getOrDefault(category, defaultPercent);
    }

    private static BigDecimal checked(BigDecimal percent) {
        if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("a commission rate is between 0 and 100 %: " + percent);
        }
        BigDecimal plain = percent.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain; // 10, not 1E+1
    }
}
