/** The calendar keys (their hashes) in MongoDB. */
@NullMarked
package fr.centreisere.concierge.provider.calendar.mongo;

import org.jspecify.annotations.NullMarked;
