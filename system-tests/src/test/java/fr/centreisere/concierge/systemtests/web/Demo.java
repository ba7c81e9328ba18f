package fr.centreisere.concierge.systemtests.web;

/** The demo accounts of the gateway's demo seed (docs/INTERNAL-API.md). */
final class Demo {

    static final String PASSWORD = "demo-concierge-2026";
    static final String COORDINATOR = "coordinator@demo.test";
    static final String RESIDENT = "resident@demo.test";
    static final String COMPANY_ADMIN = "company-admin@demo.test";
    static final String EMPLOYEE = "employee@alpes-numerique.fr";
    static final String MEMBER_STAFF = "member-staff@demo.test";
    /** Voiron, where the demo member staff's bike workshop works. */
    static final String VOIRON = "38563";
    /** A bike service the fair rotation gives, in Voiron, to the demo member staff's workshop. */
    static final String BIKE_SERVICE = "svc-reparation-velo";

    private Demo() {
    }
}
