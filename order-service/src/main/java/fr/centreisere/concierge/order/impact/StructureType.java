package fr.centreisere.concierge.order.impact;

import java.util.Locale;

/**
 * The legal kinds of member structures (provider-service's {@code StructureType}, the same codes), with what
 * each is, in plain words, for a company's CSR report: the first four are the « structures d'insertion par
 * l'activité économique » (SIAE) that the State approves to employ people far from work.
 */
public enum StructureType {
    ACI("Atelier et chantier d'insertion",
            "Structure d'insertion par l'activité économique (SIAE) portée le plus souvent par une association : elle "
                    + "salarie en contrat d'insertion des personnes très éloignées de l'emploi et les accompagne.",
            "Integration workshop and worksite",
            "A work-integration structure (SIAE), usually run by a non-profit, that employs people very far from work on "
                    + "integration contracts and supports them."),
    EI("Entreprise d'insertion",
            "Entreprise (SIAE) qui vend des biens ou des services comme les autres et emploie, en contrat d'insertion, "
                    + "des personnes en difficulté sociale et professionnelle, avec un accompagnement.",
            "Integration company",
            "A company (SIAE) that sells goods or services like any other and employs people facing social and "
                    + "professional difficulties on integration contracts, with support."),
    ETTI("Entreprise de travail temporaire d'insertion",
            "Agence d'intérim (SIAE) dont les missions servent de parcours d'insertion à des personnes éloignées de l'emploi.",
            "Integration temporary work agency",
            "A temp agency (SIAE) whose assignments are integration pathways for people far from work."),
    AI("Association intermédiaire",
            "Association (SIAE) qui met ses salariés en insertion à disposition de particuliers, d'associations ou "
                    + "d'entreprises pour des travaux ponctuels.",
            "Intermediary association",
            "A non-profit (SIAE) that places its integration employees with households, non-profits or companies for "
                    + "occasional work."),
    EA("Entreprise adaptée",
            "Entreprise dont la majorité des salariés sont des travailleurs en situation de handicap.",
            "Adapted company",
            "A company most of whose employees are workers with disabilities."),
    ESAT("Établissement et service d'aide par le travail",
            "Établissement médico-social qui offre à des personnes en situation de handicap une activité "
                    + "professionnelle et un soutien.",
            "Work assistance establishment",
            "A medico-social establishment offering people with disabilities work and support."),
    ASSOCIATION("Association",
            "Association de l'économie sociale et solidaire.",
            "Non-profit association",
            "A non-profit of the social and solidarity economy."),
    SCOP("Société coopérative et participative",
            "Coopérative dont les salariés sont les associés majoritaires.",
            "Workers' cooperative",
            "A cooperative whose employees are its majority partners."),
    SCIC("Société coopérative d'intérêt collectif",
            "Coopérative qui associe salariés, usagers et partenaires locaux autour d'un service d'utilité sociale.",
            "Collective-interest cooperative",
            "A cooperative bringing employees, users and local partners together around a service of social utility."),
    COMPANY("Entreprise",
            "Entreprise du territoire, membre du pôle.",
            "Company",
            "A local company, member of the pole."),
    LOCAL_AUTHORITY("Collectivité",
            "Collectivité ou service public local.",
            "Local authority",
            "A local authority or public service."),
    TRAINING_ORG("Organisme de formation",
            "Organisme dont les stagiaires réalisent le service dans le cadre de leur formation.",
            "Training organisation",
            "An organisation whose trainees do the service as part of their training."),
    OTHER("Autre structure", "Structure d'un autre type.", "Other structure", "A structure of another kind.");

    private final String frenchName;
    private final String frenchExplanation;
    private final String englishName;
    private final String englishExplanation;

    StructureType(String frenchName, String frenchExplanation, String englishName, String englishExplanation) {
        this.frenchName = frenchName;
        this.frenchExplanation = frenchExplanation;
        this.englishName = englishName;
        this.englishExplanation = englishExplanation;
    }

    /** The type provider-service names; a code this service does not know yet is {@link #OTHER}. */
    public static StructureType ofCode(String code) {
        try {
            return valueOf(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return OTHER;
        }
    }

    /** Whether it is a structure of insertion by economic activity approved by the State (SIAE). */
    public boolean isSiae() {
        return this == ACI || this == EI || this == ETTI || this == AI;
    }

    public String frenchName() { return frenchName; }
    public String frenchExplanation() { return frenchExplanation; }
    public String englishName() { return englishName; }
    public String englishExplanation() { return englishExplanation; }
}
