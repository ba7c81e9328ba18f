package fr.centreisere.concierge.catalog.territory.web;

import java.util.List;

import fr.centreisere.concierge.catalog.territory.Commune;

record CommuneView(String inseeCode, String name, List<String> postalCodes, int population, String epciName) {

    static CommuneView of(Commune commune) {
        return new CommuneView(commune.inseeCode(), commune.name(), commune.postalCodes(), commune.population(),
                commune.epciName());
    }
}
