/** The calendar keys (their hashes) in MongoDB. */
package fr.centreisere.concierge.provider.calendar.mongo;
