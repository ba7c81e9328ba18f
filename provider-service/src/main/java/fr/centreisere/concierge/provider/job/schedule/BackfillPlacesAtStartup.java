package fr.centreisere.concierge.provider.job.schedule;

import fr.centreisere.concierge.provider.job.RepairPlaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** At start, once per installation: jobs stored before places existed take the places they hold. */
@Component
class BackfillPlacesAtStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BackfillPlacesAtStartup.class);

    private final RepairPlaces repairPlaces;

    BackfillPlacesAtStartup(RepairPlaces repairPlaces) {
        this.repairPlaces = repairPlaces;
    }

    @Override
    public void run(ApplicationArguments args) {
        int jobs = repairPlaces.backfill();
        if (jobs > 0) {
            log.info("places taken for {} job(s) stored before places existed", jobs);
        }
    }
}
