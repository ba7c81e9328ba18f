package fr.centreisere.concierge.provider.member;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A member structure of the pole. {@code activeSince} is when it last became active (joined or came
 * back from suspension): the rotation uses it to start such a member as if it had received its share.
 * {@code categoryWeights} are agreed shares per category, set by coordinators only; without one, the
 * weight is 1 (equal shares). The capacity a member's own staff edits decides how many jobs it may
 * hold a day, never its share.
 */
public final class Member {

    private static final Pattern ID = Pattern.compile("mbr-[a-z0-9]+(-[a-z0-9]+)*");

    private final String id;
    private final long version;
    private String name;
    private String siret;
    private StructureType structureType;
    private String description;
    private String contactEmail;
    private String baseCommune;
    private @Nullable LegalAddress legalAddress;
    private boolean active;
    private Instant activeSince;
    private Map<String, Integer> categoryWeights;
    private List<Capability> capabilities;

    public Member(String id, long version, Profile profile, boolean active, Instant activeSince,
            Map<String, Integer> categoryWeights, List<Capability> capabilities) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new InvalidMember("member.id-invalid", id);
        }
        this.id = id;
        this.version = version;
        apply(profile);
        this.active = active;
        this.activeSince = Objects.requireNonNull(activeSince, "activeSince");
        this.categoryWeights = Map.copyOf(categoryWeights == null ? Map.of() : categoryWeights);
        this.capabilities = checked(capabilities == null ? List.of() : capabilities);
    }

    /** A new member, active (or not) from now. */
    public static Member register(String id, Profile profile, boolean active, Map<String, Integer> weights, Instant now) {
        return new Member(id, 0, profile, active, now, weights, List.of());
    }

    /**
     * What a coordinator edits about a member. {@code legalAddress} is optional: a change without it keeps
     * the one the member has.
     */
    public record Profile(String name, String siret, StructureType structureType, String description,
            String contactEmail, String baseCommune, @Nullable LegalAddress legalAddress) {
        public Profile {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(structureType, "structureType");
        }

        public Profile(String name, String siret, StructureType structureType, String description,
                String contactEmail, String baseCommune) {
            this(name, siret, structureType, description, contactEmail, baseCommune, null);
        }
    }

    public void update(Profile profile, boolean nowActive, Map<String, Integer> weights, Instant now) {
        apply(profile);
        if (nowActive && !active) {
            // back from suspension: the rotation restarts it at its share
            activeSince = now;
        }
        active = nowActive;
        if (weights != null) {
            categoryWeights = Map.copyOf(weights);
        }
    }

    public void replaceCapabilities(List<Capability> newCapabilities) {
        capabilities = checked(newCapabilities);
    }

    private void apply(Profile profile) {
        name = profile.name();
        siret = profile.siret();
        structureType = profile.structureType();
        description = profile.description();
        contactEmail = profile.contactEmail();
        baseCommune = profile.baseCommune();
        if (profile.legalAddress() != null) {
            legalAddress = profile.legalAddress();
        }
    }

    private static List<Capability> checked(List<Capability> capabilities) {
        Set<String> seen = new TreeSet<>();
        for (Capability capability : capabilities) {
            if (!seen.add(capability.serviceId())) {
                throw new InvalidMember("member.capability.duplicate-service", capability.serviceId());
            }
        }
        return List.copyOf(capabilities);
    }

    public Optional<Capability> capabilityFor(String serviceId) {
        return capabilities.stream().filter(c -> c.serviceId().equals(serviceId)).findFirst();
    }

    /** Active and able to do that service in that commune. */
    public boolean canServe(String serviceId, String communeInsee) {
        return active && capabilityFor(serviceId).map(c -> c.covers(communeInsee)).orElse(false);
    }

    /** Its agreed share for a job of that category: what coordinators set, equal (1) by default. */
    public int weightFor(String category) {
        Integer agreed = category == null ? null : categoryWeights.get(category);
        return agreed != null && agreed > 0 ? agreed : 1;
    }

    public Set<String> communes() {
        Set<String> all = new TreeSet<>();
        capabilities.forEach(c -> all.addAll(c.communes()));
        return all;
    }

    public Set<String> categories() {
        Set<String> all = new TreeSet<>();
        capabilities.forEach(c -> ServiceCategories.categoryOf(c.serviceId()).ifPresent(all::add));
        return all;
    }

    public String id() { return id; }
    public long version() { return version; }
    public String name() { return name; }
    public String siret() { return siret; }
    public StructureType structureType() { return structureType; }
    public String description() { return description; }
    public String contactEmail() { return contactEmail; }
    public String baseCommune() { return baseCommune; }
    public @Nullable LegalAddress legalAddress() { return legalAddress; }
    public boolean active() { return active; }
    public Instant activeSince() { return activeSince; }
    public Map<String, Integer> categoryWeights() { return categoryWeights; }
    public List<Capability> capabilities() { return capabilities; }

    public Profile profile() {
        return new Profile(name, siret, structureType, description, contactEmail, baseCommune, legalAddress);
    }
}
