package fr.centreisere.concierge.catalog.offering;

/** The smallest and largest quantity one order may ask for (e.g. 2 to 8 hours of gardening). */
public record QuantityBounds(int min, int max) {

    public QuantityBounds {
        if (min < 1) {
            throw new InvalidOffering("minQuantity", "doit être au moins 1 / must be at least 1");
        }
        if (max < min) {
            throw new InvalidOffering("maxQuantity",
                    "doit être supérieure ou égale à minQuantity / must not be less than minQuantity");
        }
    }

    public boolean allows(int quantity) {
        return quantity >= min && quantity <= max;
    }
}
