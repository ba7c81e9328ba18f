package fr.centreisere.concierge.order.orders;

import static fr.centreisere.concierge.order.orders.OrderFixtures.COORDINATOR;
import static fr.centreisere.concierge.order.orders.OrderFixtures.MEMBER;
import static fr.centreisere.concierge.order.orders.OrderFixtures.NOW;
import static fr.centreisere.concierge.order.orders.OrderFixtures.OTHER_RESIDENT;
import static fr.centreisere.concierge.order.orders.OrderFixtures.RESIDENT;
import static fr.centreisere.concierge.order.orders.OrderFixtures.event;
import static fr.centreisere.concierge.order.orders.OrderFixtures.offer;
import static fr.centreisere.concierge.order.orders.OrderFixtures.placed;
import static fr.centreisere.concierge.order.orders.OrderFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import fr.centreisere.concierge.order.catalog.ServiceOffer;
import fr.centreisere.concierge.order.money.Money;
import fr.centreisere.concierge.platform.i18n.Message;
import fr.centreisere.concierge.platform.outbox.OutboxMessage;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OrderTest {

    @Nested
    class Placing {

        @Test
        void aValidRequestIsPlacedPricedWithItsDispatchWaitingInTheOutbox() {
            Order order = placed();

            assertThat(order.state()).isEqualTo(OrderState.PLACED);
            assertThat(order.price().subtotal()).isEqualTo(Money.ofCents(5_000));
            assertThat(order.price().vat()).isEqualTo(Money.ofCents(1_000));
            assertThat(order.price().total()).isEqualTo(Money.ofCents(6_000));
            assertThat(order.price().commission()).isEqualTo(Money.ofCents(400));
            assertThat(order.history()).extracting(HistoryEntry::state, HistoryEntry::at, HistoryEntry::by)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(OrderState.PLACED, NOW, RESIDENT.userId()));
            assertThat(order.outbox()).singleElement().satisfies(message -> {
                assertThat(message.kind()).isEqualTo("DISPATCH");
                assertThat(message.settled()).isFalse();
            });
            assertThat(order.outboxDueAt()).isEqualTo(NOW);
        }

        @Test
        void aServiceNotAvailableInTheCommuneIsRefused() {
            assertRefused(offerWith(false, true), request(), "n’est pas proposé");
            assertRefused(offerWith(true, false), request(), "n’est pas proposé");
        }

        @Test
        void aRefusalNamesTheServiceAndTheCommuneNotTheirIds() {
            ServiceOffer notHere = named(offerWith(true, false), "Voiron");

            assertRefused(notHere, request(), "Le service « Réparation de vélo » n’est pas proposé dans la commune de Voiron. "
                    + "/ The service « Bike repair » is not available in Voiron.");
            assertThatThrownBy(() -> Order.place("ord-x", "CI-2026-000009", new Customer("u", "U"), request(), "k", notHere, NOW))
                    .satisfies(refusal -> assertThat(OrderFixtures.bothLanguages(refusal))
                            .doesNotContain("svc-reparation-velo").doesNotContain("38563"));
        }

        @Test
        void aCommuneIsNamedAsFrenchWantsIt() {
            assertRefused(named(offerWith(true, false), "Eybens"), request(), "dans la commune d'Eybens");
            assertRefused(named(offerWith(true, false), "Le Touvet"), request(), "dans la commune du Touvet");
            assertRefused(named(offerWith(true, false), "Les Adrets"), request(), "dans la commune des Adrets");
            assertRefused(named(offerWith(true, false), "Îles"), request(), "dans la commune d'Îles");
        }

        @Test
        void aCommuneTheCatalogDoesNotNameIsGivenByItsCode() {
            assertRefused(offerWith(true, false), request(), "n’est pas proposé dans la commune 38563. "
                    + "/ The service « Bike repair » is not available in commune 38563.");
        }

        @Test
        void aPostalCodeRefusalNamesTheCommune() {
            OrderRequest elsewhere = new OrderRequest("svc-reparation-velo", 2, "38563",
                    new Address("1 place", null, "38000"), request().slot(), null, null, Billing.PERSONAL);
            assertRefused(named(offer(), "Voiron"), elsewhere,
                    "Le code postal 38000 n’est pas celui de la commune de Voiron (38500). / Postal code 38000 does not belong to Voiron (38500).");
        }

        @Test
        void aPostalCodeOfAnotherCommuneIsRefused() {
            OrderRequest elsewhere = new OrderRequest("svc-reparation-velo", 2, "38563",
                    new Address("1 place", null, "38000"), request().slot(), null, null, Billing.PERSONAL);
            assertRefused(offer(), elsewhere, "Postal code 38000");
        }

        @Test
        void aSlotInThePastIsRefused() {
            assertRefused(offer(), withSlot(LocalDate.of(2026, 12, 2), LocalTime.of(8, 0), LocalTime.of(9, 0)), "in the past");
        }

        @Test
        void aSlotInsideTheLeadTimeIsRefusedAndOneJustAfterIsAccepted() {
            // now: 10:00 Paris on the 2nd; 24 h lead time
            assertRefused(offer(), withSlot(LocalDate.of(2026, 12, 3), LocalTime.of(9, 45), LocalTime.of(11, 0)), "24 h ahead");
            Order order = Order.place("ord-2", "CI-2026-000002", new Customer("u", "U"),
                    withSlot(LocalDate.of(2026, 12, 3), LocalTime.of(10, 0), LocalTime.of(11, 0)), "k", offer(), NOW);
            assertThat(order.state()).isEqualTo(OrderState.PLACED);
        }

        @Test
        void aSlotMoreThanAYearAheadOrOffTheQuarterHourIsRefused() {
            assertRefused(offer(), withSlot(LocalDate.of(2027, 12, 3), LocalTime.of(10, 0), LocalTime.of(11, 0)),
                    "within the coming year");
            assertRefused(offer(), withSlot(LocalDate.of(2026, 12, 4), LocalTime.of(10, 0, 30), LocalTime.of(11, 0)),
                    "quarter hour");
            assertRefused(offer(), withSlot(LocalDate.of(2026, 12, 4), LocalTime.of(10, 0), LocalTime.of(11, 7)),
                    "quarter hour");
            Order order = Order.place("ord-2", "CI-2026-000002", new Customer("u", "U"),
                    withSlot(LocalDate.of(2027, 12, 2), LocalTime.of(10, 45), LocalTime.of(11, 0)), "k", offer(), NOW);
            assertThat(order.state()).isEqualTo(OrderState.PLACED);
        }

        @Test
        void aQuantityOutOfBoundsIsRefused() {
            assertRefused(offer(), withQuantity(5), "between 1 and 4");
            assertRefused(offer(), withQuantity(0), "between 1 and 4");
        }

        @Test
        void companyBillingIsRefusedUntilCompaniesExist() {
            OrderRequest company = new OrderRequest("svc-reparation-velo", 2, "38563", request().address(),
                    request().slot(), null, null, Billing.COMPANY);
            assertRefused(offer(), company, "not an employee of a company whose contract includes the category SMALL_REPAIRS");
        }

        @Test
        void aCompanyOnlyServiceIsRefusedToAResident() {
            ServiceOffer companyOnly = new ServiceOffer("svc-nettoyage-bureaux", "N", "C", "CLEANING", "FIXED", 100,
                    BigDecimal.TEN, 1, 1, 0, ServiceOffer.Audience.COMPANY, true, true, BigDecimal.ONE, List.of());
            assertRefused(companyOnly, withQuantity(1), "reserved for companies");
        }

        @Test
        void withoutPostalCodesFromTheCatalogThePostalCodeIsNotChecked() {
            ServiceOffer noCodes = new ServiceOffer("svc-reparation-velo", "R", "B", "SMALL_REPAIRS", "PER_HOUR", 2_500,
                    BigDecimal.TEN, 1, 4, 24, ServiceOffer.Audience.ALL, true, true, BigDecimal.ONE, null);
            OrderRequest elsewhere = new OrderRequest("svc-reparation-velo", 2, "38563",
                    new Address("1 place", null, "38000"), request().slot(), null, null, Billing.PERSONAL);
            Order.checkOffer(elsewhere, noCodes, NOW);
        }

        @Test
        void aSlotThatEndsBeforeItStartsIsRefused() {
            assertThatThrownBy(() -> new Slot(LocalDate.of(2026, 12, 4), LocalTime.of(14, 0), LocalTime.of(14, 0)))
                    .isInstanceOf(OrderRefused.class);
        }

        @Test
        void theSameRequestIsRecognisedAndAnotherOneIsNot() {
            Order order = placed();
            assertThat(order.answers(request())).isTrue();
            assertThat(order.answers(withQuantity(3))).isFalse();
        }

        private void assertRefused(ServiceOffer offer, OrderRequest request, String detail) {
            assertThatThrownBy(() -> Order.place("ord-x", "CI-2026-000009", new Customer("u", "U"), request, "k", offer, NOW))
                    .isInstanceOf(OrderRefused.class)
                    .satisfies(refusal -> assertThat(OrderFixtures.bothLanguages(refusal)).contains(detail));
        }
    }

    @Nested
    class Visibility {

        @Test
        void theCustomerTheAssignedMembersStaffAndCoordinatorsSeeTheOrder() {
            Order order = placed();
            assertThat(order.isVisibleTo(RESIDENT)).isTrue();
            assertThat(order.isVisibleTo(COORDINATOR)).isTrue();
            assertThat(order.isVisibleTo(OTHER_RESIDENT)).isFalse();
            Caller staff = new Caller("usr-staff", "S", false, MEMBER);
            assertThat(order.isVisibleTo(staff)).isFalse();

            order.apply(event("e1", JobEventType.ACCEPTED, MEMBER, NOW.plusSeconds(10)), NOW.plusSeconds(10));

            assertThat(order.isVisibleTo(staff)).isTrue();
            assertThat(order.isVisibleTo(new Caller("usr-staff2", "S", false, "mbr-other"))).isFalse();
        }
    }

    @Nested
    class JobEvents {

        @Test
        void theJobsLifeMovesTheOrderToCompletedAndTellsTheStory() {
            Order order = placed();
            order.apply(event("e1", JobEventType.OFFERED, MEMBER, NOW.plusSeconds(1)), NOW);
            order.apply(event("e2", JobEventType.ACCEPTED, MEMBER, NOW.plusSeconds(2)), NOW);
            assertThat(order.memberId()).isEqualTo(MEMBER);
            order.apply(event("e3", JobEventType.IN_PROGRESS, MEMBER, NOW.plusSeconds(3)), NOW);
            order.apply(event("e4", JobEventType.DONE, MEMBER, NOW.plusSeconds(4)), NOW);

            assertThat(order.state()).isEqualTo(OrderState.COMPLETED);
            assertThat(order.jobId()).isEqualTo("job-1");
            assertThat(order.history()).extracting(HistoryEntry::state).containsExactly(OrderState.PLACED,
                    OrderState.DISPATCHING, OrderState.ASSIGNED, OrderState.IN_PROGRESS, OrderState.COMPLETED);
            assertThat(order.history().get(2).by()).isEqualTo("member:" + MEMBER);
            assertThat(order.history().get(2).at()).isEqualTo(NOW.plusSeconds(2));
            assertThat(OrderFixtures.english(order.history().get(2))).contains("Accepted by " + MEMBER);
            assertThat(OrderFixtures.french(order.history().get(2))).isEqualTo("Acceptée par " + MEMBER);
        }

        @Test
        void theSameEventTwiceChangesNothing() {
            Order order = placed();
            assertThat(order.apply(event("e1", JobEventType.OFFERED, MEMBER, NOW.plusSeconds(1)), NOW)).isTrue();
            assertThat(order.apply(event("e1", JobEventType.OFFERED, MEMBER, NOW.plusSeconds(1)), NOW)).isFalse();

            assertThat(order.history()).hasSize(2);
            assertThat(order.events()).hasSize(1);
        }

        @Test
        void anOlderEventIsRecordedButNotApplied() {
            Order order = placed();
            order.apply(event("e2", JobEventType.ACCEPTED, MEMBER, NOW.plusSeconds(20)), NOW);
            order.apply(event("e1", JobEventType.OFFERED, MEMBER, NOW.plusSeconds(10)), NOW);

            assertThat(order.state()).isEqualTo(OrderState.ASSIGNED);
            assertThat(order.events()).extracting(ReceivedEvent::eventId, ReceivedEvent::applied)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("e2", true),
                            org.assertj.core.groups.Tuple.tuple("e1", false));
        }

        @Test
        void anEventThatNoLongerFitsTheStateIsRecordedButNotApplied() {
            Order order = placed();
            order.apply(event("e1", JobEventType.DONE, MEMBER, NOW.plusSeconds(1)), NOW);

            assertThat(order.state()).isEqualTo(OrderState.PLACED);
            assertThat(order.events()).singleElement().extracting(ReceivedEvent::applied).isEqualTo(false);
        }

        @Test
        void aCancelledJobOfACancelledOrderIsIgnored() {
            Order order = placed();
            order.cancel(RESIDENT, "plus besoin", NOW);
            order.apply(event("e1", JobEventType.CANCELLED, MEMBER, NOW.plusSeconds(1)), NOW);

            assertThat(order.state()).isEqualTo(OrderState.CANCELLED);
            assertThat(order.history()).hasSize(2);
        }

        @Test
        void unassignedClearsTheMemberAndAReofferToAnotherMemberIsAChange() {
            Order order = placed();
            order.apply(event("e1", JobEventType.OFFERED, MEMBER, NOW.plusSeconds(1)), NOW);
            order.apply(event("e2", JobEventType.OFFERED, "mbr-other", NOW.plusSeconds(2)), NOW);
            order.apply(event("e3", JobEventType.UNASSIGNED, null, NOW.plusSeconds(3)), NOW);

            assertThat(order.state()).isEqualTo(OrderState.UNASSIGNED);
            assertThat(order.memberId()).isNull();
            assertThat(order.history()).extracting(HistoryEntry::state).containsExactly(OrderState.PLACED,
                    OrderState.DISPATCHING, OrderState.DISPATCHING, OrderState.UNASSIGNED);
            assertThat(order.history().get(3).by()).isEqualTo(Order.PROVIDER_SERVICE);
        }
    }

    @Nested
    class WhyUnassigned {

        @Test
        void anUnassignedEventGivesItsReasonAndTheHistorySaysItInWords() {
            Order order = placed();
            order.apply(new JobEvent("e1", JobEventType.UNASSIGNED, "job-1", null, NOW.plusSeconds(1), null,
                    UnassignedReason.DAY_FULL), NOW);

            assertThat(order.state()).isEqualTo(OrderState.UNASSIGNED);
            assertThat(order.unassignedReason()).isEqualTo(UnassignedReason.DAY_FULL);
            assertThat(order.history()).last().extracting(OrderFixtures::english).asString()
                    .contains("No member has room that day");
        }

        @Test
        void theDispatchAnswerGivesItsReasonToo() {
            Order order = placed();
            order.messageSent(order.outbox().get(0).id(), NOW, new JobEvent("answer", JobEventType.UNASSIGNED,
                    "job-1", null, NOW, null, UnassignedReason.NOT_COVERED));

            assertThat(order.unassignedReason()).isEqualTo(UnassignedReason.NOT_COVERED);
            assertThat(order.history()).last().extracting(OrderFixtures::english).asString()
                    .contains("No member offers this service in the commune");
        }

        @Test
        void aDispatchProviderServiceRefusesAsInvalidLeavesTheOrderUnassignedWithItsDetailAndIsNotResent() {
            Order order = placed();
            String dispatch = order.outbox().get(0).id();

            order.messageRefused(dispatch, ProviderRefusal.write(Message.of("order.provider.refused.invalid", "slot.from")),
                    NOW.plusSeconds(1));

            assertThat(order.state()).isEqualTo(OrderState.UNASSIGNED);
            assertThat(order.unassignedReason()).isEqualTo(UnassignedReason.REFUSED_BY_PROVIDER);
            assertThat(order.history()).last().satisfies(entry -> {
                assertThat(entry.by()).isEqualTo(Order.PROVIDER_SERVICE);
                assertThat(entry.reasonCode()).isEqualTo("order.provider.refused.invalid");
                assertThat(OrderFixtures.english(entry)).isEqualTo("provider-service refused the request: invalid fields (slot.from)");
                assertThat(OrderFixtures.french(entry)).isEqualTo("provider-service a refusé la demande : champs invalides (slot.from)");
            });
            assertThat(order.hasUnsentMessages()).isFalse();
            assertThat(order.nextMessage(NOW.plusSeconds(3600))).isEmpty();
        }

        @Test
        void aRefusalKeptAsTextBeforeTheCodesIsShownAsItIs() {
            Order order = placed();

            order.messageRefused(order.outbox().get(0).id(), "slot.from : HH:mm attendu / HH:mm expected", NOW.plusSeconds(1));

            assertThat(order.history()).last().satisfies(entry -> {
                assertThat(entry.reasonCode()).isNull();
                assertThat(OrderFixtures.english(entry)).isEqualTo("slot.from : HH:mm attendu / HH:mm expected");
                assertThat(OrderFixtures.french(entry)).isEqualTo("slot.from : HH:mm attendu / HH:mm expected");
            });
        }

        @Test
        void theReasonIsGoneOnceTheOrderIsOfferedAgain() {
            Order order = placed();
            order.apply(new JobEvent("e1", JobEventType.UNASSIGNED, "job-1", null, NOW.plusSeconds(1), null,
                    UnassignedReason.ALL_DECLINED), NOW);
            order.reassign(COORDINATOR, MEMBER, NOW.plusSeconds(60));

            assertThat(order.unassignedReason()).isNull();
        }

        @Test
        void aReassignmentProviderServiceRefusesKeepsTheReasonTheOrderWasUnassignedFor() {
            Order order = placed();
            order.messageSent(order.outbox().get(0).id(), NOW, new JobEvent("answer", JobEventType.UNASSIGNED,
                    "job-1", null, NOW, null, UnassignedReason.ALL_EXPIRED));
            order.reassign(COORDINATOR, "mbr-suspended", NOW.plusSeconds(60));

            order.messageRefused(order.outbox().get(1).id(), "suspended", NOW.plusSeconds(61));

            assertThat(order.state()).isEqualTo(OrderState.UNASSIGNED);
            assertThat(order.unassignedReason()).isEqualTo(UnassignedReason.ALL_EXPIRED);
        }

        @Test
        void anUnassignedEventWithoutReasonSaysNoMemberAvailable() {
            Order order = placed();
            order.apply(event("e1", JobEventType.UNASSIGNED, null, NOW.plusSeconds(1)), NOW);

            assertThat(order.unassignedReason()).isNull();
            assertThat(order.history()).last().extracting(OrderFixtures::english).asString().contains("No member available");
        }
    }

    @Nested
    class Cancelling {

        @Test
        void theCustomerCancelsBeforeDispatchAndTheUnsentDispatchIsDropped() {
            Order order = placed();
            order.cancel(RESIDENT, "plus besoin", NOW.plusSeconds(5));

            assertThat(order.state()).isEqualTo(OrderState.CANCELLED);
            assertThat(order.history().get(1)).isEqualTo(new HistoryEntry(OrderState.CANCELLED, NOW.plusSeconds(5),
                    RESIDENT.userId(), "plus besoin"));
            assertThat(order.outbox()).singleElement().satisfies(m -> assertThat(m.withdrawnAt()).isNotNull());
            assertThat(order.hasUnsentMessages()).isFalse();
        }

        @Test
        void onceTheDispatchMayHaveArrivedTheJobIsCancelledAtProviderService() {
            Order order = placed();
            String dispatch = order.outbox().get(0).id();
            order.messageFailed(dispatch, "timeout", NOW, Duration.ofSeconds(2));
            order.cancel(RESIDENT, null, NOW.plusSeconds(5));

            assertThat(order.outbox()).extracting(OutboxMessage::kind)
                    .containsExactly("DISPATCH", "CANCEL");
            // the dispatch is still to be settled first: messages leave in order
            assertThat(order.nextMessage(NOW.plusSeconds(5))).get().extracting(OutboxMessage::kind)
                    .isEqualTo("DISPATCH");
        }

        @Test
        void theCustomerCannotCancelOnceTheWorkStartedButACoordinatorCan() {
            Order order = inProgress();
            assertThatThrownBy(() -> order.cancel(RESIDENT, null, NOW)).isInstanceOf(TransitionForbidden.class);

            order.cancel(COORDINATOR, "intempéries", NOW);

            assertThat(order.state()).isEqualTo(OrderState.CANCELLED);
            assertThat(order.outbox()).extracting(OutboxMessage::kind).endsWith("CANCEL");
        }

        @Test
        void nobodyCancelsACompletedOrder() {
            Order order = inProgress();
            order.apply(event("e9", JobEventType.DONE, MEMBER, NOW.plusSeconds(9)), NOW);

            assertThatThrownBy(() -> order.cancel(COORDINATOR, null, NOW)).isInstanceOf(TransitionForbidden.class);
            assertThatThrownBy(() -> order.cancel(RESIDENT, null, NOW)).isInstanceOf(TransitionForbidden.class);
        }

        @Test
        void anotherUserMayNotCancel() {
            assertThatThrownBy(() -> placed().cancel(new Caller("usr-staff", "S", false, MEMBER), null, NOW))
                    .isInstanceOf(ActionNotAllowed.class);
        }

        private Order inProgress() {
            Order order = placed();
            order.messageSent(order.outbox().get(0).id(), NOW, null);
            order.apply(event("e1", JobEventType.ACCEPTED, MEMBER, NOW.plusSeconds(1)), NOW);
            order.apply(event("e2", JobEventType.IN_PROGRESS, MEMBER, NOW.plusSeconds(2)), NOW);
            return order;
        }
    }

    @Nested
    class Reassigning {

        @Test
        void aCoordinatorOffersAnUnassignedOrderToAMember() {
            Order order = placed();
            order.messageSent(order.outbox().get(0).id(), NOW,
                    new JobEvent("answer", JobEventType.UNASSIGNED, null, null, NOW, null));
            assertThat(order.state()).isEqualTo(OrderState.UNASSIGNED);

            order.reassign(COORDINATOR, MEMBER, NOW.plusSeconds(60));

            assertThat(order.state()).isEqualTo(OrderState.DISPATCHING);
            assertThat(order.history().get(2).by()).isEqualTo(COORDINATOR.userId());
            assertThat(order.outbox()).last().satisfies(m -> {
                assertThat(m.kind()).isEqualTo("REASSIGN");
                assertThat(ProviderMessages.memberId(m)).isEqualTo(MEMBER);
            });
        }

        @Test
        void aReassignmentProviderServiceRefusesPutsTheOrderBackToUnassigned() {
            Order order = placed();
            order.messageSent(order.outbox().get(0).id(), NOW,
                    new JobEvent("answer", JobEventType.UNASSIGNED, "job-1", null, NOW, null));
            order.reassign(COORDINATOR, "mbr-suspended", NOW.plusSeconds(60));
            OutboxMessage reassign = order.outbox().get(1);
            assertThat(ProviderMessages.reason(reassign)).isEqualTo(COORDINATOR.userId());

            order.messageRefused(reassign.id(), ProviderRefusal.write(Message.of("job.cannot.reassign", "job-1", "DONE")),
                    NOW.plusSeconds(61));

            assertThat(order.state()).isEqualTo(OrderState.UNASSIGNED);
            assertThat(order.history()).last().satisfies(entry -> {
                assertThat(entry.by()).isEqualTo(Order.PROVIDER_SERVICE);
                assertThat(entry.reasonCode()).isEqualTo("order.history.reassign-refused");
                assertThat(entry.cause()).isEqualTo(Message.of("job.cannot.reassign", "job-1", "DONE"));
                assertThat(OrderFixtures.english(entry))
                        .isEqualTo("Reassignment refused by provider-service : cannot reassign: job job-1 is DONE");
                assertThat(OrderFixtures.french(entry))
                        .isEqualTo("Réattribution refusée par provider-service : impossible de réattribuer : le travail job-1 est DONE");
            });
            assertThat(order.hasUnsentMessages()).isFalse();
            // the coordinator may choose again
            order.reassign(COORDINATOR, MEMBER, NOW.plusSeconds(90));
            assertThat(order.state()).isEqualTo(OrderState.DISPATCHING);
        }

        @Test
        void anOverrideIsRecordedInTheHistoryAndCarriedByTheMessage() {
            Order order = placed();
            order.messageSent(order.outbox().get(0).id(), NOW,
                    new JobEvent("answer", JobEventType.UNASSIGNED, "job-1", null, NOW, null, UnassignedReason.DAY_FULL));

            order.reassign(COORDINATOR, "mbr-full", "seul atelier joignable", NOW.plusSeconds(60));

            assertThat(order.history()).last().extracting(OrderFixtures::english).asString()
                    .isEqualTo("Reassigned to mbr-full, overriding : seul atelier joignable");
            assertThat(order.history()).last().extracting(OrderFixtures::french).asString()
                    .isEqualTo("Réattribuée à mbr-full, en passant outre : seul atelier joignable");
            assertThat(order.history()).last().extracting(HistoryEntry::words).isEqualTo("seul atelier joignable");
            assertThat(order.outbox()).last().satisfies(m -> {
                assertThat(m.kind()).isEqualTo("REASSIGN");
                assertThat(ProviderMessages.reason(m)).isEqualTo(COORDINATOR.userId());
                assertThat(ProviderMessages.overrideReason(m)).isEqualTo("seul atelier joignable");
            });
        }

        @Test
        void onlyAnUnassignedOrderIsReassignedAndOnlyByACoordinator() {
            Order order = placed();
            assertThatThrownBy(() -> order.reassign(COORDINATOR, MEMBER, NOW)).isInstanceOf(TransitionForbidden.class);
            assertThatThrownBy(() -> order.reassign(RESIDENT, MEMBER, NOW)).isInstanceOf(ActionNotAllowed.class);
        }
    }

    @Nested
    class Rescheduling {

        final Slot friday = new Slot(LocalDate.of(2026, 12, 5), LocalTime.of(10, 0), LocalTime.of(12, 0));

        @Test
        void theCustomerMovesAnUnassignedOrderAndProviderServiceIsToldToMoveItsJob() {
            Order order = unassigned();

            order.reschedule(RESIDENT, friday, NOW.plusSeconds(60));

            assertThat(order.state()).isEqualTo(OrderState.DISPATCHING);
            assertThat(order.slot()).isEqualTo(friday);
            assertThat(order.unassignedReason()).isNull();
            assertThat(order.history()).last().satisfies(entry -> {
                assertThat(entry.by()).isEqualTo(RESIDENT.userId());
                assertThat(OrderFixtures.english(entry)).contains("from 2026-12-04 14:00–16:00 to 2026-12-05 10:00–12:00");
                assertThat(OrderFixtures.french(entry)).contains("du 2026-12-04 14:00–16:00 au 2026-12-05 10:00–12:00");
            });
            assertThat(order.outbox()).last().satisfies(m -> {
                assertThat(m.kind()).isEqualTo("RESCHEDULE");
                assertThat(ProviderMessages.previousSlot(m)).isEqualTo(request().slot());
            });
        }

        @Test
        void itsAnswerIsAppliedLikeADispatchAnswer() {
            Order order = unassigned();
            order.reschedule(COORDINATOR, friday, NOW.plusSeconds(60));
            String reschedule = order.outbox().get(1).id();

            order.messageSent(reschedule, NOW.plusSeconds(61),
                    new JobEvent("answer-" + reschedule, JobEventType.OFFERED, "job-1", MEMBER, NOW.plusSeconds(61), null));

            assertThat(order.state()).isEqualTo(OrderState.DISPATCHING);
            assertThat(order.offeredTo()).isEqualTo(MEMBER);
            assertThat(order.history()).last().extracting(OrderFixtures::english).asString().contains("Offered to " + MEMBER);
        }

        @Test
        void anOrderWhoseDispatchWasRefusedIsDispatchedAgainWithItsNewSlot() {
            Order order = placed();
            order.messageRefused(order.outbox().get(0).id(), "slot.from", NOW.plusSeconds(1));

            order.reschedule(RESIDENT, friday, NOW.plusSeconds(60));

            assertThat(order.outbox()).extracting(OutboxMessage::kind)
                    .containsExactly("DISPATCH", "DISPATCH");
            assertThat(order.nextMessage(NOW.plusSeconds(60))).get().extracting(OutboxMessage::id)
                    .isEqualTo(order.outbox().get(1).id());
        }

        @Test
        void aRescheduleProviderServiceRefusesGivesTheOrderItsSlotBackAndAnOldFreeTextRefusalIsShownAsItIs() {
            Order order = unassigned();
            order.reschedule(RESIDENT, friday, NOW.plusSeconds(60));

            order.messageRefused(order.outbox().get(1).id(), "La mission n'est pas UNASSIGNED", NOW.plusSeconds(61));

            assertThat(order.state()).isEqualTo(OrderState.UNASSIGNED);
            assertThat(order.slot()).isEqualTo(request().slot());
            assertThat(order.unassignedReason()).isEqualTo(UnassignedReason.REFUSED_BY_PROVIDER);
            assertThat(order.history()).last().extracting(OrderFixtures::english).asString()
                    .contains("La mission n'est pas UNASSIGNED").contains("slot back to 2026-12-04 14:00–16:00");
        }

        @Test
        void onlyAnUnassignedOrderIsMovedAndOnlyByItsCustomerOrACoordinator() {
            Order placed = placed();
            assertThatThrownBy(() -> placed.reschedule(RESIDENT, friday, NOW)).isInstanceOf(TransitionForbidden.class);
            Order order = unassigned();
            assertThatThrownBy(() -> order.reschedule(OTHER_RESIDENT, friday, NOW)).isInstanceOf(ActionNotAllowed.class);
            assertThatThrownBy(() -> order.reschedule(new Caller("usr-staff", "S", false, MEMBER), friday, NOW))
                    .isInstanceOf(ActionNotAllowed.class);
            assertThat(order.state()).isEqualTo(OrderState.UNASSIGNED);
        }

        private Order unassigned() {
            Order order = placed();
            order.messageSent(order.outbox().get(0).id(), NOW, new JobEvent("answer", JobEventType.UNASSIGNED,
                    "job-1", null, NOW, null, UnassignedReason.DAY_FULL));
            return order;
        }
    }

    @Nested
    class Outbox {

        @Test
        void aFailedMessageWaitsForItsBackoffAndCountsItsAttempts() {
            Order order = placed();
            String id = order.outbox().get(0).id();
            order.messageFailed(id, "503", NOW.plusSeconds(1), Duration.ofSeconds(4));

            OutboxMessage message = order.outbox().get(0);
            assertThat(message.attempts()).isEqualTo(1);
            assertThat(message.claimedUntil()).isNull();
            assertThat(message.lastError()).isEqualTo("503");
            assertThat(order.nextMessage(NOW.plusSeconds(4))).isEmpty();
            assertThat(order.nextMessage(NOW.plusSeconds(5))).isPresent();
        }

        @Test
        void aMessageTriedThreeTimesWithoutSuccessIsStuckUntilItGetsThrough() {
            Order order = placed();
            String id = order.outbox().get(0).id();
            order.messageFailed(id, "503", NOW, Duration.ofSeconds(2));
            order.messageFailed(id, "503", NOW, Duration.ofSeconds(4));
            assertThat(order.stuckMessage()).isEmpty();

            order.messageFailed(id, "timeout", NOW, Duration.ofSeconds(8));

            assertThat(order.stuckMessage()).get().satisfies(m -> {
                assertThat(m.attempts()).isEqualTo(3);
                assertThat(m.lastError()).isEqualTo("timeout");
                assertThat(m.createdAt()).isEqualTo(NOW);
            });
            order.messageSent(id, NOW.plusSeconds(20), null);
            assertThat(order.stuckMessage()).isEmpty();
        }

        @Test
        void aSentDispatchAppliesItsAnswerOnceAndMarkingItSentAgainChangesNothing() {
            Order order = placed();
            String id = order.outbox().get(0).id();
            JobEvent answer = new JobEvent("answer-" + id, JobEventType.OFFERED, "job-1", MEMBER, NOW, null);
            order.messageSent(id, NOW.plusSeconds(1), answer);
            order.messageSent(id, NOW.plusSeconds(2), answer);

            assertThat(order.state()).isEqualTo(OrderState.DISPATCHING);
            assertThat(order.outbox().get(0).sentAt()).isEqualTo(NOW.plusSeconds(1));
            assertThat(order.outboxDueAt()).isNull();
            // the same offer told again by provider-service's event: no second history line
            order.apply(event("e1", JobEventType.OFFERED, MEMBER, NOW.minusSeconds(1)), NOW.plusSeconds(3));
            assertThat(order.history()).hasSize(2);
        }
    }

    private static ServiceOffer offerWith(boolean active, boolean available) {
        ServiceOffer o = offer();
        return new ServiceOffer(o.serviceId(), o.titleFr(), o.titleEn(), o.category(), o.priceModel(),
                o.unitPriceCents(), o.vatRatePercent(), o.minQuantity(), o.maxQuantity(), o.leadTimeHours(),
                o.audience(), active, available, o.commissionRatePercent(), o.communePostalCodes());
    }

    private static ServiceOffer named(ServiceOffer o, String communeName) {
        return new ServiceOffer(o.serviceId(), o.titleFr(), o.titleEn(), o.category(), o.priceModel(),
                o.unitPriceCents(), o.vatRatePercent(), o.minQuantity(), o.maxQuantity(), o.leadTimeHours(),
                o.audience(), o.active(), o.availableInCommune(), o.commissionRatePercent(), o.communePostalCodes(),
                communeName);
    }

    private static OrderRequest withSlot(LocalDate date, LocalTime from, LocalTime to) {
        OrderRequest r = request();
        return new OrderRequest(r.serviceId(), r.quantity(), r.communeInsee(), r.address(), new Slot(date, from, to),
                r.notes(), r.phone(), r.billing());
    }

    private static OrderRequest withQuantity(int quantity) {
        OrderRequest r = request();
        return new OrderRequest(r.serviceId(), quantity, r.communeInsee(), r.address(), r.slot(), r.notes(), r.phone(),
                r.billing());
    }
}
