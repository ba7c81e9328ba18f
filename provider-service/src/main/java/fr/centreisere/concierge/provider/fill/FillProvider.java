package fr.centreisere.concierge.provider.fill;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import fr.centreisere.concierge.platform.fill.FillCatalog;
import fr.centreisere.concierge.provider.job.Jobs;
import fr.centreisere.concierge.provider.job.OfferPolicy;
import fr.centreisere.concierge.provider.job.Places;
import fr.centreisere.concierge.provider.job.RepairPlaces;
import fr.centreisere.concierge.provider.job.RotationLedger;
import fr.centreisere.concierge.provider.job.RotationLedgers;
import fr.centreisere.concierge.provider.job.mongo.BulkJobs;
import fr.centreisere.concierge.provider.member.Members;
import fr.centreisere.concierge.platform.fill.FillJvm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Plans a batch ({@link PlanBatch}) over the members and the places and ledgers stored, writes the jobs,
 * the places they hold and the month's ledgers through provider-service's storage code, and leaves the
 * plan for order-service and the gateway in {@code concierge.fill.plan}.
 */
@Component
@Profile(FillJvm.PROFILE)
public class FillProvider {

    private static final Logger log = LoggerFactory.getLogger(FillProvider.class);

    private final Members members;
    private final RotationLedgers ledgers;
    private final BulkJobs bulk;
    private final Places places;
    private final Jobs jobs;
    private final int orders;
    private final Path planFile;
    private final Path catalogSeed;
    private final BigDecimal commission;
    private final OfferPolicy policy;

    FillProvider(Members members, RotationLedgers ledgers, BulkJobs bulk, Places places, Jobs jobs,
            @Value("${concierge.fill.orders:1000}") int orders, @Value("${concierge.fill.plan}") Path planFile,
            @Value("${concierge.fill.catalog-seed}") Path catalogSeed,
            @Value("${concierge.fill.commission-percent:8}") BigDecimal commission,
            @Value("${provider.dispatch.offer-timeout}") Duration offerTimeout,
            @Value("${provider.dispatch.near-slot-offer-timeout}") Duration nearSlotTimeout,
            @Value("${provider.dispatch.near-slot-within}") Duration nearSlotWithin) {
        this.members = members;
        this.ledgers = ledgers;
        this.bulk = bulk;
        this.places = places;
        this.jobs = jobs;
        this.orders = orders;
        this.planFile = planFile;
        this.catalogSeed = catalogSeed;
        this.commission = commission;
        this.policy = new OfferPolicy(offerTimeout, nearSlotTimeout, nearSlotWithin);
    }

    /** @return what was planned and written */
    public PlanBatch.Planned fill() {
        return fill(Clock.systemUTC().instant().truncatedTo(ChronoUnit.MINUTES));
    }

    PlanBatch.Planned fill(Instant now) {
        long started = System.nanoTime();
        int batch = bulk.nextBatch();
        // the jobs already stored hold their places before the batch plans over them (done once per installation,
        // at once on a new store), so that the service's first start never reads every job to find them
        new RepairPlaces(places, jobs, Clock.fixed(now, ZoneOffset.UTC)).backfill();
        FillCatalog catalog = FillCatalog.read(catalogSeed, commission);
        PlanBatch.Planned planned = new PlanBatch(catalog, members.all(), policy).plan(batch, orders, now, bulk.placesHeld(), ledgers);
        long planMs = (System.nanoTime() - started) / 1_000_000;
        int jobs = bulk.insertDelivered(planned.jobs());
        int days = bulk.addPlaces(planned.places());
        int saved = 0;
        for (RotationLedger ledger : planned.ledgers()) {
            if (!ledgers.save(ledger)) {
                throw new IllegalStateException("the ledger " + ledger.category() + " " + ledger.month()
                        + " changed while the batch was planned: run the fill with provider-service stopped");
            }
            saved++;
        }
        planned.plan().write(planFile);
        log.info("fill batch {} provider-service: jobs {}, places (service-days) {}, rotation_ledgers {} "
                + "(planned in {} ms, {} ms in all); plan for the others in {}", batch, jobs, days, saved, planMs,
                (System.nanoTime() - started) / 1_000_000, planFile);
        return planned;
    }
}
