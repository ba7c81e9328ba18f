package fr.centreisere.concierge.provider.member.seed;

import java.time.Clock;

import fr.centreisere.concierge.provider.member.Members;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Inserts the seed members that are absent, by their fixed ids; members already there are left as they are. */
@Component
@ConditionalOnProperty(name = "provider.seed.enabled", havingValue = "true", matchIfMissing = true)
class SeedMembersAtStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedMembersAtStartup.class);

    private final Members members;
    private final Clock clock;

    SeedMembersAtStartup(Members members, Clock clock) {
        this.members = members;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        int added = 0;
        for (SeedMembers.Seed seed : SeedMembers.all()) {
            if (members.insertIfAbsent(seed.toMember(clock.instant()))) {
                added++;
            }
        }
        log.info("member seed: {} added, {} already present", added, SeedMembers.all().size() - added);
    }
}
