package fr.centreisere.concierge.catalog.territory.web;

import fr.centreisere.concierge.platform.i18n.Message;
import fr.centreisere.concierge.catalog.territory.CommuneFilter;
import fr.centreisere.concierge.catalog.territory.Communes;
import fr.centreisere.concierge.catalog.web.PageView;
import fr.centreisere.concierge.platform.problem.ApiProblem;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The territory's communes, ordered by name, for picking one by name or postal code. One page of 100 holds
 * them all by default.
 */
@RestController
@RequestMapping("/api/catalog/communes")
class CommuneController {

    private final Communes communes;

    CommuneController(Communes communes) {
        this.communes = communes;
    }

    /**
     * The communes of the territory (Centre Isère), by name, optionally those of a postal code or whose name
     * holds the words of {@code q} (accents and case aside); anyone may read them.
     */
    @GetMapping
    PageView<CommuneView> list(
            @RequestParam(required = false) @Pattern(regexp = "\\d{5}", message = "{commune.postal-code.invalid}") String postalCode,
            @RequestParam(required = false) @Size(max = 100, message = "{validation.at-most-characters}") String q,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "{validation.page}") int page,
            @RequestParam(defaultValue = "100") @Min(value = 1, message = "{validation.page-size}")
            @Max(value = 100, message = "{validation.page-size}") int size) {
        CommuneFilter filter = CommuneFilter.of(postalCode, q);
        return new PageView<>(communes.find(filter, page, size).stream().map(CommuneView::of).toList(), page, size,
                communes.count(filter));
    }

    /** One commune by its INSEE code; a code of no commune of the territory is a 404. */
    @GetMapping("/{inseeCode}")
    CommuneView one(@PathVariable String inseeCode) {
        return communes.find(inseeCode).map(CommuneView::of).orElseThrow(() -> ApiProblem.notFound(
                Message.of("commune.not-found", inseeCode)));
    }
}
