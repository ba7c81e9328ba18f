package fr.centreisere.concierge.catalog.offering.web;

import java.net.URI;
import java.util.Optional;

import fr.centreisere.concierge.catalog.category.Category;
import fr.centreisere.concierge.catalog.offering.Audience;
import fr.centreisere.concierge.catalog.offering.CreateOffering;
import fr.centreisere.concierge.catalog.offering.Offering;
import fr.centreisere.concierge.catalog.offering.SearchCriteria;
import fr.centreisere.concierge.catalog.offering.SearchOfferings;
import fr.centreisere.concierge.catalog.offering.SearchResult;
import fr.centreisere.concierge.catalog.offering.ShowOffering;
import fr.centreisere.concierge.catalog.offering.UpdateOffering;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalog's services: anyone searches and reads them; coordinators create and update them (see
 * {@link CatalogEditing}).
 */
@RestController
@RequestMapping("/api/catalog/services")
class OfferingController {

    private static final String PAGE = "{validation.page}";
    private static final String SIZE = "{validation.page-size}";
    private static final String VIEW = "{offering.view.invalid}";

    private final SearchOfferings searchOfferings;
    private final ShowOffering showOffering;
    private final CreateOffering createOffering;
    private final UpdateOffering updateOffering;

    OfferingController(SearchOfferings searchOfferings, ShowOffering showOffering, CreateOffering createOffering,
            UpdateOffering updateOffering) {
        this.searchOfferings = searchOfferings;
        this.showOffering = showOffering;
        this.createOffering = createOffering;
        this.updateOffering = updateOffering;
    }

    /**
     * Active services, ordered by category, French title and id. {@code commune} (an INSEE code of the
     * territory; any other → 400) keeps those available there; {@code audience=RESIDENT} or {@code COMPANY}
     * also shows the services offered to all; {@code q} must match every word, case and accents ignored.
     * {@code view=summary} gives each service as a list shows it, without its descriptions.
     */
    @GetMapping
    OfferingPageView<?> search(
            @RequestParam(required = false) String commune,
            @RequestParam(required = false) Category category,
            @RequestParam(required = false) Audience audience,
            @RequestParam(required = false) @Size(max = 200, message = "{validation.at-most-characters}") String q,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = PAGE) int page,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = SIZE) @Max(value = 100, message = SIZE) int size,
            @RequestParam(defaultValue = "full") @Pattern(regexp = "full|summary", message = VIEW) String view) {
        SearchCriteria criteria = new SearchCriteria(nonBlank(commune), Optional.ofNullable(category),
                Optional.ofNullable(audience), nonBlank(q), page, size);
        SearchResult result = searchOfferings.search(criteria);
        return "summary".equals(view) ? OfferingPageView.of(result, OfferingSummaryView::of) : OfferingPageView.of(result);
    }

    /** One service, active or not; with {@code commune}, whether it is available there. */
    @GetMapping("/{id}")
    OfferingView one(@PathVariable String id, @RequestParam(required = false) String commune) {
        return OfferingView.of(showOffering.show(id, nonBlank(commune)));
    }

    /**
     * A coordinator adds a service to the catalog (201 with its Location); its slug must be free (409), its
     * prices, quantities and texts valid (400).
     */
    @PostMapping
    @CatalogEditing
    ResponseEntity<OfferingView> create(@Valid @RequestBody OfferingRequest request) {
        Offering created = createOffering.create(request.toDetails());
        return ResponseEntity.created(URI.create("/api/catalog/services/" + created.id().value()))
                .body(OfferingView.of(created));
    }

    /**
     * A coordinator replaces a service (every field, active included); a slug taken or a concurrent change is
     * a 409, an unknown id a 404.
     */
    @PutMapping("/{id}")
    @CatalogEditing
    OfferingView update(@PathVariable String id,
            @Validated({Default.class, OfferingRequest.Replacing.class}) @RequestBody OfferingRequest request) {
        return OfferingView.of(updateOffering.update(id, request.toDetails()));
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
