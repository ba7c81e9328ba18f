package fr.centreisere.concierge.catalog.offering;

/** The smallest and largest quantity one order may ask for (e.g. 2 to 8 hours of gardening). */
public record QuantityBounds(int min, int max) {

    public QuantityBounds {
        if (min < 1) {
            throw new InvalidOffering("minQuantity", "offering.min-quantity.invalid");
        }
        if (max < min) {
            throw new InvalidOffering("maxQuantity", "offering.max-quantity.invalid");
        }
    }

    public boolean allows(int quantity) {
        return quantity >= min && quantity <= max;
    }
}
