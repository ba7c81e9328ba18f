package fr.centreisere.concierge.provider.member.seed;

import static fr.centreisere.concierge.provider.member.StructureType.AI;
import static fr.centreisere.concierge.provider.member.StructureType.ACI;
import static fr.centreisere.concierge.provider.member.StructureType.ASSOCIATION;
import static fr.centreisere.concierge.provider.member.StructureType.EA;
import static fr.centreisere.concierge.provider.member.StructureType.EI;
import static fr.centreisere.concierge.provider.member.StructureType.ESAT;
import static fr.centreisere.concierge.provider.member.StructureType.ETTI;
import static fr.centreisere.concierge.provider.member.StructureType.SCIC;
import static fr.centreisere.concierge.provider.member.StructureType.SCOP;
import static fr.centreisere.concierge.provider.member.StructureType.TRAINING_ORG;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import fr.centreisere.concierge.provider.member.Capability;
import fr.centreisere.concierge.provider.member.Member;
import fr.centreisere.concierge.provider.member.StructureType;
import fr.centreisere.concierge.provider.member.Territory;

/**
 * The member structures of Centre Isère at first start: invented names, real communes. Common services
 * reach every commune; rarer ones (cargo bikes, house clearing, energy diagnostics, appliance repair,
 * alterations, help with paperwork) leave some communes uncovered. The demo member staff account
 * ({@code usr-demo-member-staff}) belongs to {@code mbr-atelier-velo-voironnais}.
 */
final class SeedMembers {

    static final Set<String> PV = new TreeSet<>(Territory.PAYS_VOIRONNAIS);
    static final Set<String> SMVIC = new TreeSet<>(Territory.SAINT_MARCELLIN_VERCORS_ISERE);
    static final Set<String> ALL = new TreeSet<>(Territory.COMMUNES);

    /** Voiron and its close neighbours: Voiron, Coublevie, Voreppe, Moirans, Saint-Jean-de-Moirans, La Buisse, Saint-Étienne-de-Crossey, Rives, Tullins. */
    static final Set<String> VOIRON_AREA = Set.of("38563", "38133", "38565", "38239", "38400", "38061", "38383", "38337", "38517");

    /** Saint-Marcellin and the bigger towns around: Saint-Marcellin, Vinay, Chatte, Saint-Romans, Saint-Sauveur, Saint-Hilaire-du-Rosier, Saint-Just-de-Claix, Saint-Lattier, Pont-en-Royans, L'Albenc. */
    static final Set<String> SAINT_MARCELLIN_AREA = Set.of("38416", "38559", "38095", "38453", "38454", "38394", "38409",
            "38410", "38319", "38004");

    /** The Voiron area plus the lake villages: Charavines, Villages du Lac de Paladru, Chirens, Saint-Geoire-en-Valdaine. */
    static final Set<String> VOIRON_AND_LAKE = union(VOIRON_AREA, Set.of("38082", "38292", "38105", "38386"));

    private SeedMembers() {
    }

    record Seed(String id, String name, String siret, StructureType type, String commune, String description,
            List<Capability> capabilities) {
        Member toMember(Instant now) {
            Member member = Member.register(id, new Member.Profile(name, siret, type, description,
                    "contact@" + id.substring(4) + ".example.org", commune, demoAddress(siret, commune)), true, Map.of(), now);
            member.replaceCapabilities(capabilities);
            return member;
        }
    }

    /** Base commune → postal code and name, for the demo legal addresses. */
    private static final Map<String, String[]> TOWNS = Map.of("38239", new String[] {"38430", "Moirans"},
            "38319", new String[] {"38680", "Pont-en-Royans"}, "38337", new String[] {"38140", "Rives"},
            "38416", new String[] {"38160", "Saint-Marcellin"}, "38517", new String[] {"38210", "Tullins"},
            "38559", new String[] {"38470", "Vinay"}, "38563", new String[] {"38500", "Voiron"},
            "38565", new String[] {"38340", "Voreppe"});

    /** An invented street address in its base commune; a VAT number for the members whose SIRET ends in an even digit before the key. */
    static fr.centreisere.concierge.provider.member.LegalAddress demoAddress(String siret, String commune) {
        String[] town = TOWNS.getOrDefault(commune, new String[] {"38500", "Voiron"});
        int number = 1 + Integer.parseInt(siret.substring(9, 12)) % 60;
        String siren = siret.substring(0, 9);
        String vat = Integer.parseInt(siret.substring(11, 12)) % 2 == 0
                ? "FR%02d%s".formatted((12 + 3 * (Long.parseLong(siren) % 97)) % 97, siren) : null;
        return new fr.centreisere.concierge.provider.member.LegalAddress(number + " rue de la République", null, town[0],
                town[1], vat);
    }

    static List<Seed> all() {
        List<Seed> seeds = new ArrayList<>();
        seeds.add(new Seed("mbr-atelier-velo-voironnais", "L'Atelier Vélo Voironnais", "81234567800011", ASSOCIATION, "38563",
                "Atelier vélo participatif et solidaire à Voiron : réparation, location de vélos électriques et cargos, livraisons à vélo.",
                List.of(cap("svc-reparation-velo", PV, 6), cap("svc-location-velo-electrique", PV, 4),
                        cap("svc-location-velo-cargo", PV, 2), cap("svc-livraison-colis-velo-cargo", VOIRON_AREA, 5))));
        seeds.add(new Seed("mbr-roue-libre-sud-gresivaudan", "Roue Libre Sud-Grésivaudan", "81234567800029", ACI, "38416",
                "Chantier d'insertion autour du vélo à Saint-Marcellin : atelier de réparation, location, livraison en vélo-cargo.",
                List.of(cap("svc-reparation-velo", SMVIC, 4), cap("svc-location-velo-electrique", SMVIC, 3),
                        cap("svc-location-velo-cargo", SAINT_MARCELLIN_AREA, 1),
                        cap("svc-livraison-colis-velo-cargo", SAINT_MARCELLIN_AREA, 3))));
        seeds.add(new Seed("mbr-ressourcerie-du-lac", "La Ressourcerie du Lac", "81234567800037", ACI, "38563",
                "Ressourcerie du Pays Voironnais : collecte, tri, valorisation et revente d'objets de réemploi.",
                List.of(cap("svc-collecte-encombrants-reemploi", PV, 6), cap("svc-collecte-textile", PV, 4),
                        cap("svc-collecte-mobilier-bureau", PV, 2), cap("svc-vide-maison", VOIRON_AREA, 1))));
        seeds.add(new Seed("mbr-recyclerie-des-coteaux", "La Recyclerie des Coteaux", "81234567800045", EI, "38416",
                "Entreprise d'insertion de réemploi à Saint-Marcellin : collectes à domicile et en entreprise, vide-maisons.",
                List.of(cap("svc-collecte-encombrants-reemploi", SMVIC, 5), cap("svc-collecte-textile", SMVIC, 3),
                        cap("svc-collecte-mobilier-bureau", SAINT_MARCELLIN_AREA, 2),
                        cap("svc-vide-maison", SAINT_MARCELLIN_AREA, 1))));
        seeds.add(new Seed("mbr-fil-et-tri-solidaire", "Fil & Tri Solidaire", "81234567800052", EI, "38563",
                "Tri et valorisation textile, repassage et retouches, par des salariés en parcours d'insertion.",
                List.of(cap("svc-collecte-textile", ALL, 4), cap("svc-repassage-au-kilo", PV, 5),
                        cap("svc-retouches-couture", VOIRON_AREA, 3))));
        seeds.add(new Seed("mbr-pli-parfait", "Pli Parfait", "81234567800060", ACI, "38517",
                "Atelier chantier d'insertion de repassage et de pressing à Tullins, avec navette vers les entreprises.",
                List.of(cap("svc-repassage-au-kilo", ALL, 6), cap("svc-pressing-chemises", PV, 5),
                        cap("svc-navette-pressing-entreprise", PV, 3))));
        seeds.add(new Seed("mbr-blanchisserie-du-royans", "Blanchisserie du Royans", "81234567800078", ESAT, "38319",
                "Blanchisserie de l'ESAT de Pont-en-Royans : repassage, chemises, retouches et navette pressing.",
                List.of(cap("svc-repassage-au-kilo", SMVIC, 5), cap("svc-pressing-chemises", SMVIC, 4),
                        cap("svc-retouches-couture", SAINT_MARCELLIN_AREA, 2),
                        cap("svc-navette-pressing-entreprise", SMVIC, 2))));
        seeds.add(new Seed("mbr-jardins-de-la-morge", "Les Jardins de la Morge", "81234567800086", ACI, "38563",
                "Chantier d'insertion d'entretien des espaces verts du Pays Voironnais.",
                List.of(cap("svc-tonte-pelouse", PV, 6), cap("svc-taille-haies", PV, 4),
                        cap("svc-entretien-espaces-verts-entreprise", PV, 2))));
        seeds.add(new Seed("mbr-vercors-nature-insertion", "Vercors Nature Insertion", "81234567800094", EI, "38319",
                "Entreprise d'insertion paysagiste entre Royans et Vercors.",
                List.of(cap("svc-tonte-pelouse", SMVIC, 5), cap("svc-taille-haies", SMVIC, 4),
                        cap("svc-entretien-espaces-verts-entreprise", SMVIC, 2))));
        seeds.add(new Seed("mbr-tremplin-interim-centre-isere", "Tremplin Intérim Centre Isère", "81234567800102", ETTI, "38563",
                "Entreprise de travail temporaire d'insertion : missions de livraison, nettoyage, bricolage et espaces verts sur tout le territoire.",
                List.of(cap("svc-livraison-courses", ALL, 4), cap("svc-nettoyage-bureaux", ALL, 3),
                        cap("svc-petit-bricolage", ALL, 3), cap("svc-montage-meubles", ALL, 2),
                        cap("svc-entretien-espaces-verts-entreprise", ALL, 2))));
        seeds.add(new Seed("mbr-proxi-services-voironnais", "Proxi'Services Voironnais", "81234567800110", AI, "38565",
                "Association intermédiaire : ménage, petits travaux, accompagnement aux courses dans le Pays Voironnais.",
                List.of(cap("svc-menage-domicile", PV, 8), cap("svc-petit-bricolage", PV, 3),
                        cap("svc-courses-accompagnees", PV, 4), cap("svc-tonte-pelouse", PV, 2))));
        seeds.add(new Seed("mbr-royans-services", "Royans Services", "81234567800128", AI, "38416",
                "Association intermédiaire du Sud-Grésivaudan : aide à domicile, jardinage, bricolage, courses accompagnées.",
                List.of(cap("svc-menage-domicile", SMVIC, 6), cap("svc-petit-bricolage", SMVIC, 3),
                        cap("svc-courses-accompagnees", SMVIC, 3), cap("svc-taille-haies", SMVIC, 2))));
        seeds.add(new Seed("mbr-repar-acteurs", "Répar'Acteurs", "81234567800136", EI, "38239",
                "Entreprise d'insertion de réparation d'électroménager et de petit bricolage à Moirans.",
                List.of(cap("svc-reparation-electromenager", VOIRON_AND_LAKE, 3),
                        cap("svc-petit-bricolage", VOIRON_AREA, 2))));
        seeds.add(new Seed("mbr-electro-seconde-vie", "Électro Seconde Vie", "81234567800144", EA, "38559",
                "Entreprise adaptée de Vinay : diagnostic et réparation d'appareils électroménagers.",
                List.of(cap("svc-reparation-electromenager", SAINT_MARCELLIN_AREA, 2))));
        seeds.add(new Seed("mbr-coursiers-du-voironnais", "Les Coursiers du Voironnais", "81234567800151", SCOP, "38563",
                "Coopérative de livraison à vélo et en véhicule léger : courses, colis, repas, conciergerie d'entreprise.",
                List.of(cap("svc-livraison-courses", PV, 6), cap("svc-livraison-colis-velo-cargo", VOIRON_AREA, 4),
                        cap("svc-livraison-repas-seniors", PV, 5), cap("svc-navette-pressing-entreprise", PV, 2),
                        cap("svc-conciergerie-depot-retrait", PV, 4))));
        seeds.add(new Seed("mbr-saveurs-partagees", "Les Saveurs Partagées", "81234567800169", ESAT, "38559",
                "ESAT de restauration : portage de repas aux seniors et livraison de courses dans le Sud-Grésivaudan.",
                List.of(cap("svc-livraison-repas-seniors", SMVIC, 6), cap("svc-livraison-courses", SMVIC, 3),
                        cap("svc-conciergerie-depot-retrait", SMVIC, 2))));
        seeds.add(new Seed("mbr-energie-partagee-centre-isere", "Énergie Partagée Centre Isère", "81234567800177", SCIC, "38563",
                "Coopérative d'intérêt collectif pour la sobriété énergétique : diagnostics de logement et visites éco-gestes.",
                List.of(cap("svc-diagnostic-energie-logement", union(VOIRON_AREA, SAINT_MARCELLIN_AREA), 2),
                        cap("svc-visite-eco-gestes", ALL, 3))));
        seeds.add(new Seed("mbr-ambassadeurs-eco-gestes", "Les Ambassadeurs des Éco-gestes", "81234567800185", ASSOCIATION, "38416",
                "Association d'éducation à l'environnement : visites éco-gestes à domicile et en entreprise.",
                List.of(cap("svc-visite-eco-gestes", ALL, 2),
                        cap("svc-diagnostic-energie-logement", SAINT_MARCELLIN_AREA, 1))));
        seeds.add(new Seed("mbr-mobil-entraide", "Mobil'Entraide", "81234567800193", ASSOCIATION, "38337",
                "Association de mobilité solidaire : transport et accompagnement aux courses pour les personnes isolées.",
                List.of(cap("svc-transport-solidaire", ALL, 4), cap("svc-courses-accompagnees", ALL, 3))));
        seeds.add(new Seed("mbr-point-relais-demarches", "Point Relais Démarches", "81234567800201", ASSOCIATION, "38563",
                "Association d'accès aux droits : aide aux démarches administratives et en ligne, dépôt-retrait de colis.",
                List.of(cap("svc-aide-demarches-administratives", VOIRON_AND_LAKE, 4),
                        cap("svc-conciergerie-depot-retrait", VOIRON_AREA, 3))));
        seeds.add(new Seed("mbr-espace-solidaire-sud-gresivaudan", "Espace Solidaire du Sud-Grésivaudan", "81234567800219", ASSOCIATION, "38416",
                "Association d'entraide : accompagnement aux démarches et transport solidaire.",
                List.of(cap("svc-aide-demarches-administratives", SAINT_MARCELLIN_AREA, 3),
                        cap("svc-transport-solidaire", SMVIC, 3))));
        seeds.add(new Seed("mbr-eco-lav-insertion", "Éco'Lav Insertion", "81234567800227", EI, "38565",
                "Entreprise d'insertion de lavage de véhicules sans eau et de nettoyage de bureaux.",
                List.of(cap("svc-lavage-vehicule-sans-eau", ALL, 5), cap("svc-nettoyage-bureaux", PV, 3))));
        seeds.add(new Seed("mbr-net-isere-services", "Net'Isère Services", "81234567800235", EI, "38416",
                "Entreprise d'insertion de propreté : bureaux, domiciles, véhicules.",
                List.of(cap("svc-nettoyage-bureaux", SMVIC, 4), cap("svc-menage-domicile", SMVIC, 4),
                        cap("svc-lavage-vehicule-sans-eau", SMVIC, 2))));
        seeds.add(new Seed("mbr-chantier-ecole-etabli", "L'Établi, chantier-école", "81234567800243", TRAINING_ORG, "38517",
                "Chantier-école de menuiserie à Tullins : montage de meubles, petits travaux, collecte de mobilier de bureau.",
                List.of(cap("svc-montage-meubles", PV, 3), cap("svc-petit-bricolage", PV, 2),
                        cap("svc-collecte-mobilier-bureau", ALL, 2))));
        return seeds;
    }

    private static Capability cap(String serviceId, Set<String> communes, int dailyCapacity) {
        return new Capability(serviceId, communes, dailyCapacity);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }
}
