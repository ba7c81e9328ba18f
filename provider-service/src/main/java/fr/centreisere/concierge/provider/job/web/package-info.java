/** HTTP edge of jobs: member staff's lifecycle endpoints, the dispatch decision, and order-service's /internal/dispatches. */
@NullMarked
package fr.centreisere.concierge.provider.job.web;

import org.jspecify.annotations.NullMarked;
