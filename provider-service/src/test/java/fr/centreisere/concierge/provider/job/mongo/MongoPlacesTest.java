package fr.centreisere.concierge.provider.job.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import fr.centreisere.concierge.provider.job.PlaceKey;
import fr.centreisere.concierge.testsupport.RecordedCommands;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A member's places on a day are taken below its capacity only, by concurrent takers too, and every
 * read and conditional write goes by {@code _id} or by the unique {@code (_id, version)} (issue 15: the
 * embedded store serves nothing else from an index), also on a day written without a version.
 */
@DataMongoTest
@Import({ MongoPlaces.class, MongoPlacesTest.Recorder.class })
class MongoPlacesTest {

    static final RecordedCommands commands = new RecordedCommands();
    static final LocalDate DAY = LocalDate.of(2026, 12, 10);
    static final PlaceKey PLACE = new PlaceKey("mbr-a", "svc-menage", DAY);

    @TestConfiguration
    static class Recorder {
        @Bean
        MongoClientSettingsBuilderCustomizer recordFilters() {
            return settings -> settings.addCommandListener(commands);
        }
    }

    @Autowired
    MongoPlaces places;

    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void empty() {
        mongo.remove(new org.springframework.data.mongodb.core.query.Query(), MongoPlaces.COLLECTION);
        commands.clear();
    }

    @Test
    void placesAreTakenBelowTheCapacityOnlyAndGivenBack() {
        assertThat(places.take(PLACE, "job-1", 2)).isTrue();
        assertThat(places.take(PLACE, "job-1", 2)).as("the same job again holds its place").isTrue();
        assertThat(places.take(PLACE, "job-2", 2)).isTrue();
        assertThat(places.take(PLACE, "job-3", 2)).as("full").isFalse();

        places.giveBack(PLACE, "job-1");
        places.giveBack(PLACE, "job-1");

        assertThat(places.holders("svc-menage", DAY)).containsEntry("mbr-a", List.of("job-2"));
        assertThat(places.held("svc-menage", List.of(DAY))).containsEntry(DAY, java.util.Map.of("mbr-a", 1));
        assertThat(places.take(PLACE, "job-3", 2)).isTrue();
        assertEveryFilterIsByIdOrIdAndVersion();
    }

    @Test
    void concurrentTakersNeverExceedTheCapacity() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> takers = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String job = "job-" + i;
                takers.add(() -> places.take(PLACE, job, 5));
            }
            int taken = 0;
            for (Future<Boolean> result : pool.invokeAll(takers)) {
                taken += result.get() ? 1 : 0;
            }
            assertThat(taken).isEqualTo(5);
            assertThat(places.holders("svc-menage", DAY).get("mbr-a")).hasSize(5);
            assertThat(places.held("svc-menage", List.of(DAY)).get(DAY)).containsEntry("mbr-a", 5);
        } finally {
            pool.shutdownNow();
        }
        assertEveryFilterIsByIdOrIdAndVersion();
    }

    @Test
    void aDayWrittenWithoutAVersionIsTakenAndGivenBackLikeAnother() {
        // as the generator and earlier versions wrote it
        mongo.insert(new Document("_id", MongoPlaces.idOf("svc-menage", DAY)).append("serviceId", "svc-menage")
                .append("day", DAY.toString()).append("count", new Document("mbr-a", 1))
                .append("jobs", new Document("mbr-a", List.of("job-old"))), MongoPlaces.COLLECTION);

        assertThat(places.take(PLACE, "job-new", 2)).isTrue();
        assertThat(places.take(PLACE, "job-third", 2)).isFalse();
        places.giveBack(PLACE, "job-old");

        assertThat(places.holders("svc-menage", DAY)).containsEntry("mbr-a", List.of("job-new"));
        assertThat(mongo.findById(MongoPlaces.idOf("svc-menage", DAY), Document.class, MongoPlaces.COLLECTION)
                .get("version", Number.class).longValue()).isEqualTo(2);
        assertEveryFilterIsByIdOrIdAndVersion();
    }

    private static void assertEveryFilterIsByIdOrIdAndVersion() {
        assertThat(commands.filtersOn(MongoPlaces.COLLECTION)).isNotEmpty().allSatisfy(filter -> {
            if (filter.containsKey("version")) {
                assertThat(filter.keySet()).containsExactlyInAnyOrder("_id", "version");
            } else {
                assertThat(filter.keySet()).containsExactly("_id");
            }
        });
    }
}
