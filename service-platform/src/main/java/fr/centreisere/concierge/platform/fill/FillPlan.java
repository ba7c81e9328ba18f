package fr.centreisere.concierge.platform.fill;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * One batch of generated volume, as provider-service planned it: the residents who order, and every
 * order with the job events the rotation gave its job (ids, times, members), so that order-service
 * writes orders that agree with the jobs, and the gateway the accounts of their customers. Written as
 * gzipped JSON lines: a header, then one line per resident, then one per order.
 */
public record FillPlan(Header header, List<Resident> residents, List<PlannedOrder> orders) {

    /** {@code madeAt}: the moment the batch describes as « now » (its future slots are after it). */
    public record Header(int batch, Instant madeAt, int residents, int orders) {
    }

    /** A resident who orders; {@code companyId}: the company whose approved employee they are, if any. */
    public record Resident(String userId, String email, String displayName, String communeInsee,
            @Nullable String companyId) {
    }

    /**
     * An order as its customer placed it, and what became of it: the job's events (as provider-service
     * sent them to order-service) and, for a cancelled order, who cancelled it and when.
     */
    public record PlannedOrder(String orderId, String number, String customerUserId, String customerName,
            @Nullable String companyId, String serviceId, String category, String communeInsee, String postalCode,
            String addressLine, String slotDate, String slotFrom, String slotTo, int quantity, Instant createdAt,
            List<PlannedEvent> events, @Nullable Instant cancelledAt, @Nullable String cancelledBy) {

        public PlannedOrder {
            events = List.copyOf(events);
        }
    }

    /** A job event: type as provider-service names it (OFFERED, ACCEPTED, IN_PROGRESS, DONE, UNASSIGNED). */
    public record PlannedEvent(String eventId, String type, Instant at, @Nullable String memberId,
            @Nullable String memberName, @Nullable Double hoursWorked, @Nullable Double insertionHours,
            @Nullable String unassignedReason) {
    }

    /** One line of the file: exactly one of its parts is set. */
    record Line(@Nullable Header header, @Nullable Resident resident, @Nullable PlannedOrder order) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public FillPlan {
        residents = List.copyOf(residents);
        orders = List.copyOf(orders);
    }

    public void write(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".part");
            try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(
                    new GZIPOutputStream(Files.newOutputStream(temporary), 1 << 16), StandardCharsets.UTF_8))) {
                writeLine(out, new Line(header, null, null));
                for (Resident resident : residents) {
                    writeLine(out, new Line(null, resident, null));
                }
                for (PlannedOrder order : orders) {
                    writeLine(out, new Line(null, null, order));
                }
            }
            Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the fill plan " + file, e);
        }
    }

    private static void writeLine(BufferedWriter out, Line line) throws IOException {
        out.write(JSON.writeValueAsString(line));
        out.newLine();
    }

    public static FillPlan read(Path file) {
        Header header = null;
        List<Resident> residents = new ArrayList<>();
        List<PlannedOrder> orders = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
            String text;
            while ((text = in.readLine()) != null) {
                Line line = JSON.readValue(text, Line.class);
                if (line.header() != null) {
                    header = line.header();
                } else if (line.resident() != null) {
                    residents.add(line.resident());
                } else if (line.order() != null) {
                    orders.add(line.order());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the fill plan " + file, e);
        }
        if (header == null) {
            throw new IllegalStateException("the fill plan " + file + " has no header");
        }
        return new FillPlan(header, residents, orders);
    }
}
