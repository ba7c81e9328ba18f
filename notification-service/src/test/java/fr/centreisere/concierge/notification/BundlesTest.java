package fr.centreisere.concierge.notification;

import fr.centreisere.concierge.testsupport.BundlesContract;

/** The texts people read live in the bundles, French and English alike, and nowhere in the code. */
class BundlesTest extends BundlesContract {
}
