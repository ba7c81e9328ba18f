package fr.centreisere.concierge.catalog.offering;

import static fr.centreisere.concierge.catalog.offering.OfferingFixtures.details;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EditOfferingTest {

    private final InMemoryOfferings offerings = new InMemoryOfferings();
    private final CreateOffering create = new CreateOffering(offerings);
    private final UpdateOffering update = new UpdateOffering(offerings);

    @Test
    void aCoordinatorCreatesThenUpdatesAService() {
        Offering created = create.create(details("montage-meubles"));

        Offering updated = update.update("svc-montage-meubles", OfferingFixtures.inactive(details("montage-meubles")));

        assertThat(updated.id()).isEqualTo(created.id());
        assertThat(updated.isActive()).isFalse();
        assertThat(offerings.find(created.id())).contains(updated);
    }

    @Test
    void twoServicesCannotShareASlug() {
        create.create(details("montage-meubles"));
        create.create(details("petit-bricolage"));

        assertThatThrownBy(() -> create.create(details("montage-meubles"))).isInstanceOf(SlugAlreadyUsed.class);
        assertThatThrownBy(() -> update.update("svc-petit-bricolage", details("montage-meubles")))
                .isInstanceOf(SlugAlreadyUsed.class);
    }

    @Test
    void updatingAnUnknownServiceIsNotFound() {
        assertThatThrownBy(() -> update.update("svc-nothing", details("nothing"))).isInstanceOf(OfferingNotFound.class);
    }
}
