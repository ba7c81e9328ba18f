/** The job workflow's business meters in Micrometer (adapter of {@link fr.centreisere.concierge.provider.job.JobMeters}). */
@NullMarked
package fr.centreisere.concierge.provider.job.metrics;

import org.jspecify.annotations.NullMarked;
