package fr.centreisere.concierge.provider.member.mongo;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import fr.centreisere.concierge.provider.member.Capability;
import fr.centreisere.concierge.provider.member.Member;
import fr.centreisere.concierge.provider.member.StructureType;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A member structure as stored, with its capabilities inside. */
@Document("members")
record MemberDocument(@Id String id, long version, String name, String siret, String structureType,
        String description, String contactEmail, String baseCommune, boolean active, Instant activeSince,
        Map<String, Integer> categoryWeights, List<CapabilityDoc> capabilities,
        @org.jspecify.annotations.Nullable LegalAddressDoc legalAddress) {

    record LegalAddressDoc(String line1, @org.jspecify.annotations.Nullable String line2, String postalCode, String city,
            @org.jspecify.annotations.Nullable String vatNumber) {
    }

    record CapabilityDoc(String serviceId, List<String> communes, int dailyCapacity) {
    }

    static MemberDocument of(Member m, long version) {
        return new MemberDocument(m.id(), version, m.name(), m.siret(), m.structureType().name(), m.description(),
                m.contactEmail(), m.baseCommune(), m.active(), m.activeSince(), m.categoryWeights(),
                m.capabilities().stream().map(c -> new CapabilityDoc(c.serviceId(), List.copyOf(c.communes()),
                        c.dailyCapacity())).toList(),
                m.legalAddress() == null ? null : new LegalAddressDoc(m.legalAddress().line1(), m.legalAddress().line2(),
                        m.legalAddress().postalCode(), m.legalAddress().city(), m.legalAddress().vatNumber()));
    }

    Member toMember() {
        return new Member(id, version, new Member.Profile(name, siret, StructureType.valueOf(structureType),
                description, contactEmail, baseCommune, legalAddress == null ? null
                        : new fr.centreisere.concierge.provider.member.LegalAddress(legalAddress.line1(), legalAddress.line2(),
                                legalAddress.postalCode(), legalAddress.city(), legalAddress.vatNumber())), active, activeSince,
                categoryWeights == null ? Map.of() : categoryWeights,
                capabilities == null ? List.of() : capabilities.stream()
                        .map(c -> new Capability(c.serviceId(), new TreeSet<>(c.communes()), c.dailyCapacity())).toList());
    }
}
