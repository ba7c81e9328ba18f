package fr.centreisere.concierge.order.invoice.feign;

import org.jspecify.annotations.Nullable;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * provider-service's {@code GET /internal/members/{id}/legal-identity} (docs/INTERNAL-API.md), with the internal
 * token. Found through Eureka, or at {@code concierge.clients.provider-url} when set.
 */
@FeignClient(name = "provider-service", contextId = "memberIdentityClient", url = "${concierge.clients.provider-url:}")
interface MemberIdentityClient {

    @GetMapping("/internal/members/{memberId}/legal-identity")
    @Nullable LegalIdentity legalIdentity(@PathVariable("memberId") String memberId);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record LegalIdentity(@Nullable String memberId, @Nullable String name, @Nullable String siret,
            @Nullable String line1, @Nullable String line2, @Nullable String postalCode, @Nullable String city,
            @Nullable String vatNumber, @Nullable String email) {
    }
}
