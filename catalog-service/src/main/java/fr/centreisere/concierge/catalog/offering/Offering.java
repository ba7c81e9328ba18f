package fr.centreisere.concierge.catalog.offering;

import java.util.Objects;

import fr.centreisere.concierge.catalog.text.SearchKey;

/**
 * A service of the catalog. Its id never changes; its details change by a coordinator's update, each update
 * raising the version so that two coordinators editing at once cannot both win.
 */
public final class Offering {

    private final OfferingId id;
    private final OfferingDetails details;
    private final long version;

    private Offering(OfferingId id, OfferingDetails details, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.details = Objects.requireNonNull(details, "details");
        if (version < 0) {
            throw new IllegalArgumentException("version cannot be negative");
        }
        this.version = version;
    }

    /** A new service: its id comes from its slug at creation. */
    public static Offering create(OfferingDetails details) {
        return new Offering(OfferingId.forSlug(details.slug()), details, 0);
    }

    /** A seed service with its fixed, shared id. */
    public static Offering seeded(OfferingId id, OfferingDetails details) {
        return new Offering(id, details, 0);
    }

    /** A service as it was stored. */
    public static Offering restore(OfferingId id, OfferingDetails details, long version) {
        return new Offering(id, details, version);
    }

    /** The same service with the coordinator's new details, one version later. */
    public Offering update(OfferingDetails newDetails) {
        return new Offering(id, newDetails, version + 1);
    }

    public OfferingId id() {
        return id;
    }

    public OfferingDetails details() {
        return details;
    }

    public long version() {
        return version;
    }

    public boolean isActive() {
        return details.active();
    }

    public boolean allowsQuantity(int quantity) {
        return details.quantityBounds().allows(quantity);
    }

    /** What free-text search looks through: titles, descriptions and slug, without case or accents. */
    public String searchText() {
        return SearchKey.of(details.title().fr(), details.title().en(), details.description().fr(),
                details.description().en(), details.slug().replace('-', ' '));
    }

    /** What the list is sorted by within a category: the French title without case or accents. */
    public String sortTitle() {
        return SearchKey.normalize(details.title().fr());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Offering that && id.equals(that.id) && version == that.version
                && details.equals(that.details);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "Offering[" + id + " v" + version + "]";
    }
}
