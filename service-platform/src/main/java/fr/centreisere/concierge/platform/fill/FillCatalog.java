package fr.centreisere.concierge.platform.fill;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalog a generated order is priced from: catalog-service's seed files (its services with their
 * prices, the territory's communes with their postal codes), read the way catalog-service reads them at
 * its first start, and the pole's default commission rate. Generated orders are priced as
 * catalog-service prices them (subtotal = unit price × quantity; commission on the subtotal, rounded
 * half up).
 */
public record FillCatalog(List<Service> services, List<Commune> communes, BigDecimal commissionRatePercent) {

    public static final String SERVICES_FILE = "catalog-services.json";
    public static final String COMMUNES_FILE = "centre-isere-communes.json";

    public record Service(String id, String category, String audience, String priceModel, long unitPriceCents,
            BigDecimal vatRatePercent, int leadTimeHours, int minQuantity, int maxQuantity, String titleFr,
            String titleEn) {

        public boolean forCompaniesOnly() {
            return "COMPANY".equals(audience);
        }

        public long subtotalCents(int quantity) {
            return unitPriceCents * quantity;
        }
    }

    public record Commune(String insee, String name, List<String> postalCodes) {
    }

    public FillCatalog {
        services = List.copyOf(services);
        communes = List.copyOf(communes);
    }

    /** Reads catalog-service's two seed files from that folder (its {@code src/main/resources/seed}). */
    public static FillCatalog read(Path seedFolder, BigDecimal commissionRatePercent) {
        try (InputStream services = Files.newInputStream(seedFolder.resolve(SERVICES_FILE));
                InputStream communes = Files.newInputStream(seedFolder.resolve(COMMUNES_FILE))) {
            return read(services, communes, commissionRatePercent);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the catalog seed in " + seedFolder, e);
        }
    }

    static FillCatalog read(InputStream servicesJson, InputStream communesJson, BigDecimal commissionRatePercent) {
        JsonMapper json = JsonMapper.builder().build();
        List<Service> services = new ArrayList<>();
        for (JsonNode s : json.readTree(servicesJson).get("services")) {
            services.add(new Service(s.get("id").asString(), s.get("category").asString(),
                    s.path("audience").asString("ALL"), s.get("priceModel").asString(), s.get("unitPriceCents").asLong(),
                    new BigDecimal(s.get("vatRatePercent").asString()), s.get("leadTimeHours").asInt(),
                    s.get("minQuantity").asInt(), s.get("maxQuantity").asInt(), s.get("title").get("fr").asString(),
                    s.get("title").get("en").asString()));
        }
        List<Commune> communes = new ArrayList<>();
        for (JsonNode c : json.readTree(communesJson).get("communes")) {
            List<String> postalCodes = new ArrayList<>();
            c.get("postalCodes").forEach(code -> postalCodes.add(code.asString()));
            communes.add(new Commune(c.get("inseeCode").asString(), c.get("name").asString(), postalCodes));
        }
        return new FillCatalog(services, communes, commissionRatePercent);
    }

    public Optional<Service> service(String id) {
        return services.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Map<String, Commune> communesByInsee() {
        return communes.stream().collect(Collectors.toMap(Commune::insee, Function.identity()));
    }

    /** The pole's commission on a subtotal, rounded half up to the cent. */
    public long commissionCents(long subtotalCents) {
        return BigDecimal.valueOf(subtotalCents).multiply(commissionRatePercent)
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact();
    }
}
