/** The local MongoDB-compatible store (mongo-java-server on H2), for local runs only. */
@NullMarked
package fr.centreisere.concierge.embeddedmongodb;

import org.jspecify.annotations.NullMarked;
