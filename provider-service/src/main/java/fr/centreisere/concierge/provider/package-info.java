/** provider-service: the member structures, the dispatch of jobs, the jobs and their impact. */
@NullMarked
package fr.centreisere.concierge.provider;

import org.jspecify.annotations.NullMarked;
