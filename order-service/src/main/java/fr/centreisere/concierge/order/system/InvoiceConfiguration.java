package fr.centreisere.concierge.order.system;

import java.math.BigDecimal;
import java.time.Clock;

import fr.centreisere.concierge.order.company.Companies;
import fr.centreisere.concierge.order.invoice.CloseMonth;
import fr.centreisere.concierge.order.invoice.CreditInvoice;
import fr.centreisere.concierge.order.invoice.FindInvoices;
import fr.centreisere.concierge.order.invoice.Invoices;
import fr.centreisere.concierge.order.invoice.MemberIdentities;
import fr.centreisere.concierge.order.invoice.MonthClosings;
import fr.centreisere.concierge.order.invoice.Party;
import fr.centreisere.concierge.order.invoice.PaymentTerms;
import fr.centreisere.concierge.order.invoice.PoleIdentity;
import fr.centreisere.concierge.order.invoice.PoleIdentityMissing;
import fr.centreisere.concierge.order.orders.Orders;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The invoices' use cases, and the pole's identity as the seller ({@code concierge.pole.*}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InvoiceConfiguration.PoleSettings.class)
class InvoiceConfiguration {

    /**
     * The pole as it invoices: legal identity, bank account, payment terms; environment
     * {@code CONCIERGE_POLE_*}; demo values in the demo profile.
     */
    @ConfigurationProperties("concierge.pole")
    record PoleSettings(@Nullable String name, @Nullable String line1, @Nullable String line2,
            @Nullable String postalCode, @Nullable String city, @Nullable String siret, @Nullable String vatNumber,
            @Nullable String email, @Nullable String iban, @Nullable String bic, @Nullable Integer paymentDays,
            @Nullable BigDecimal latePenaltyRatePercent, @Nullable BigDecimal commissionVatRatePercent) {

        PoleIdentity identity() {
            if (blank(name) || blank(line1) || blank(postalCode) || blank(city) || blank(siret) || blank(iban)) {
                throw new PoleIdentityMissing("concierge.pole.name, line1, postal-code, city, siret, iban");
            }
            return new PoleIdentity(new Party(name, line1, blank(line2) ? null : line2, postalCode, city, "FR", siret,
                    blank(vatNumber) ? null : vatNumber, blank(email) ? null : email),
                    new PaymentTerms(paymentDays == null ? 30 : paymentDays,
                            latePenaltyRatePercent == null ? new BigDecimal("12.15") : latePenaltyRatePercent,
                            iban.replace(" ", ""), blank(bic) ? null : bic),
                    commissionVatRatePercent == null ? new BigDecimal("20") : commissionVatRatePercent);
        }

        private static boolean blank(@Nullable String value) {
            return value == null || value.isBlank();
        }
    }

    @Bean
    CloseMonth closeMonth(Orders orders, Companies companies, MemberIdentities members, Invoices invoices,
            MonthClosings closings, PoleSettings pole, Clock clock) {
        return new CloseMonth(orders, companies, members, invoices, closings, pole::identity, clock);
    }

    @Bean
    CreditInvoice creditInvoice(Invoices invoices, Clock clock) {
        return new CreditInvoice(invoices, clock);
    }

    @Bean
    FindInvoices findInvoices(Invoices invoices) {
        return new FindInvoices(invoices);
    }
}
