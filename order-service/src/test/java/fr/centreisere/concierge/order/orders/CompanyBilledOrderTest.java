package fr.centreisere.concierge.order.orders;

import static fr.centreisere.concierge.order.orders.OrderFixtures.NOW;
import static fr.centreisere.concierge.order.orders.OrderFixtures.offer;
import static fr.centreisere.concierge.order.orders.OrderFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import fr.centreisere.concierge.order.catalog.ServiceOffer;
import fr.centreisere.concierge.order.money.Money;
import fr.centreisere.concierge.order.orders.CompanyBilling.CompanyCharge;
import fr.centreisere.concierge.order.orders.CompanyBilling.DeliverySite;
import org.junit.jupiter.api.Test;

/** Orders billed to a company (issue 7): the shares, the company, the site, the audience. */
class CompanyBilledOrderTest {

    static final CompanyCharge CHARGE = new CompanyCharge("cmp-alpes", Money.ofCents(2_000));

    @Test
    void theEmployerPaysItsShareAndTheCustomerTheRest() {
        Order order = Order.place("ord-1", "CI-2026-000001", new Customer("usr-1", "E"), company(request()), "k",
                offer(), CHARGE, NOW);
        assertThat(order.companyId()).isEqualTo("cmp-alpes");
        assertThat(order.price().total()).isEqualTo(Money.ofCents(6_000));
        assertThat(order.price().employerShare()).isEqualTo(Money.ofCents(2_000));
        assertThat(order.price().customerShare()).isEqualTo(Money.ofCents(4_000));
    }

    @Test
    void aChargeGoesOnlyWithCompanyBilling() {
        assertThatThrownBy(() -> Order.place("ord-1", "CI-2026-000001", new Customer("usr-1", "E"), request(), "k",
                offer(), CHARGE, NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmployerShareOutsideTheTotalIsRefused() {
        PriceBreakdown price = PriceBreakdown.personal(Money.ofCents(1_000), 1, BigDecimal.ZERO, BigDecimal.ZERO);
        assertThat(price.withEmployerShare(Money.ofCents(1_000)).customerShare()).isEqualTo(Money.ZERO);
        assertThatThrownBy(() -> price.withEmployerShare(Money.ofCents(1_001))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> price.withEmployerShare(Money.ofCents(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCompanyServiceMayBeOrderedUnderTheContract() {
        ServiceOffer companyOnly = new ServiceOffer("svc-nettoyage-bureaux", "N", "C", "CLEANING", "FIXED", 3_300,
                BigDecimal.TEN, 1, 1, 0, ServiceOffer.Audience.COMPANY, true, true, BigDecimal.ONE, List.of());
        OrderRequest one = new OrderRequest("svc-nettoyage-bureaux", 1, "38563", request().address(), request().slot(),
                null, null, Billing.COMPANY);
        assertThat(Order.place("ord-1", "CI-2026-000001", new Customer("usr-1", "E"), one, "k", companyOnly, CHARGE, NOW)
                .state()).isEqualTo(OrderState.PLACED);
    }

    @Test
    void atASiteTheSiteGivesAddressAndCommuneAndTheRequestIsRecognisedBeforeAndAfter() {
        OrderRequest asked = new OrderRequest("svc-reparation-velo", 2, null, null, request().slot(), null, null,
                Billing.COMPANY, "voiron-siege");
        OrderRequest resolved = asked.atSite(new DeliverySite("voiron-siege", "38563",
                new Address("27 boulevard Edgar Kofler", null, "38500")));
        assertThat(resolved.communeInsee()).isEqualTo("38563");
        assertThat(resolved.address().line1()).isEqualTo("27 boulevard Edgar Kofler");
        assertThat(resolved.fingerprint()).isEqualTo(asked.fingerprint());
        assertThat(asked.fingerprint()).isNotEqualTo(company(request()).fingerprint());
        Order order = Order.place("ord-1", "CI-2026-000001", new Customer("usr-1", "E"), resolved, "k", offer(),
                CHARGE, NOW);
        assertThat(order.answers(asked)).isTrue();
    }

    @Test
    void withoutASiteTheAddressIsRequired() {
        assertThatThrownBy(() -> new OrderRequest("svc-reparation-velo", 2, null, null, request().slot(), null, null,
                Billing.COMPANY, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void withoutTheCompanyFeatureNobodyBillsACompany() {
        assertThatThrownBy(() -> CompanyBilling.NONE.charge("r", "usr-1", "DELIVERY", request().slot().date(),
                Money.ofCents(100), NOW)).isInstanceOf(OrderRefused.class);
    }

    private static OrderRequest company(OrderRequest request) {
        return new OrderRequest(request.serviceId(), request.quantity(), request.communeInsee(), request.address(),
                request.slot(), request.notes(), request.phone(), Billing.COMPANY);
    }
}
