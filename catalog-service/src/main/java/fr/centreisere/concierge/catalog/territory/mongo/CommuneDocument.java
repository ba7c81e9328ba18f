package fr.centreisere.concierge.catalog.territory.mongo;

import java.util.List;

import fr.centreisere.concierge.catalog.territory.Commune;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A commune as stored; {@code nameKey} is its name without case or accents, for sorting and search. */
@Document("communes")
@CompoundIndex(name = "name_order", def = "{'nameKey': 1, '_id': 1}")
record CommuneDocument(@Id String inseeCode, String name, String nameKey, @Indexed List<String> postalCodes,
        int population, String epciSiren, String epciName) {

    static CommuneDocument of(Commune commune) {
        return new CommuneDocument(commune.inseeCode(), commune.name(), commune.nameKey(), commune.postalCodes(),
                commune.population(), commune.epciSiren(), commune.epciName());
    }

    Commune toCommune() {
        return new Commune(inseeCode, name, postalCodes, population, epciSiren, epciName);
    }
}
