package fr.centreisere.concierge.catalog.offering;

import fr.centreisere.concierge.platform.i18n.LocalizedException;

/** Another service already has this slug (or the id derived from it). */
public class SlugAlreadyUsed extends LocalizedException {

    public SlugAlreadyUsed(String slug) {
        super("offering.slug.used", slug);
    }
}
