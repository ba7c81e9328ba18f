package fr.centreisere.concierge.order.company.web;

import fr.centreisere.concierge.order.company.Companies;
import fr.centreisere.concierge.platform.i18n.Message;
import fr.centreisere.concierge.platform.problem.ApiProblem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Whether a company exists, for the gateway binding a company admin's account to it
 * (docs/INTERNAL-API.md): 200 with its id and name, 404 problem otherwise. Internal token only.
 */
@RestController
class InternalCompanyController {

    private final Companies companies;

    InternalCompanyController(Companies companies) {
        this.companies = companies;
    }

    record CompanyReference(String id, String name) {
    }

    @GetMapping("/internal/companies/{companyId}")
    CompanyReference company(@PathVariable String companyId) {
        return companies.find(companyId).map(company -> new CompanyReference(company.id(), company.name()))
                .orElseThrow(() -> ApiProblem.notFound(Message.of("company.unknown")));
    }
}
