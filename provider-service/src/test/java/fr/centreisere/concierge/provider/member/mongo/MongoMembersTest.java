package fr.centreisere.concierge.provider.member.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.centreisere.concierge.provider.member.Capability;
import fr.centreisere.concierge.provider.member.Member;
import fr.centreisere.concierge.provider.member.MemberChangedConcurrently;
import fr.centreisere.concierge.provider.member.StructureType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

@DataMongoTest
@Import(MongoMembers.class)
class MongoMembersTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    @Autowired
    MongoMembers members;

    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void empty() {
        mongo.dropCollection(MemberDocument.class);
    }

    private static Member member(String id, boolean active, Capability... capabilities) {
        Member m = Member.register(id, new Member.Profile("Nom " + id, "81234567800011", StructureType.ACI, "desc",
                "a@b.org", "38563"), active, Map.of(), NOW);
        m.replaceCapabilities(List.of(capabilities));
        return m;
    }

    @Test
    void onlyActiveMembersCoveringTheCommuneForTheServiceCanServe() {
        members.insertIfAbsent(member("mbr-a", true, new Capability("svc-tonte-pelouse", Set.of("38563", "38565"), 2)));
        members.insertIfAbsent(member("mbr-b", true, new Capability("svc-tonte-pelouse", Set.of("38416"), 2),
                new Capability("svc-taille-haies", Set.of("38563"), 1)));
        members.insertIfAbsent(member("mbr-c", false, new Capability("svc-tonte-pelouse", Set.of("38563"), 2)));
        assertThat(members.ableToServe("svc-tonte-pelouse", "38563")).extracting(Member::id).containsExactly("mbr-a");
        assertThat(members.ableToServe("svc-taille-haies", "38563")).extracting(Member::id).containsExactly("mbr-b");
        assertThat(members.ableToServe("svc-taille-haies", "38416")).isEmpty();
    }

    @Test
    void insertingTwiceKeepsTheFirst() {
        assertThat(members.insertIfAbsent(member("mbr-a", true))).isTrue();
        assertThat(members.insertIfAbsent(member("mbr-a", false))).isFalse();
        assertThat(members.get("mbr-a").active()).isTrue();
    }

    @Test
    void aChangeOverAStaleVersionIsRefused() {
        members.insertIfAbsent(member("mbr-a", true));
        Member first = members.get("mbr-a");
        Member second = members.get("mbr-a");
        first.replaceCapabilities(List.of(new Capability("svc-tonte-pelouse", Set.of("38563"), 3)));
        members.update(first);
        second.replaceCapabilities(List.of());
        assertThatThrownBy(() -> members.update(second)).isInstanceOf(MemberChangedConcurrently.class);
        Member stored = members.get("mbr-a");
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.capabilityFor("svc-tonte-pelouse")).get().extracting(Capability::dailyCapacity).isEqualTo(3);
        assertThat(stored.activeSince()).isEqualTo(NOW);
    }
}
