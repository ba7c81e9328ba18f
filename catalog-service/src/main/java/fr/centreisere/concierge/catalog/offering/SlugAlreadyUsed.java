package fr.centreisere.concierge.catalog.offering;

/** Another service already has this slug (or the id derived from it). */
public class SlugAlreadyUsed extends RuntimeException {

    public SlugAlreadyUsed(String slug) {
        super("le slug « %s » est déjà utilisé par un autre service / slug %s is already used by another service"
                .formatted(slug, slug));
    }
}
