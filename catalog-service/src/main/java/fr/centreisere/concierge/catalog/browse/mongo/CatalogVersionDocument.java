package fr.centreisere.concierge.catalog.browse.mongo;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The catalog's version counter: one document, read by id. */
@Document("catalog_version")
record CatalogVersionDocument(@Id String id, long version) {

    static final String CATALOG = "catalog";
}
