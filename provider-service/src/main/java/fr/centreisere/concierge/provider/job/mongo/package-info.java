/** Jobs and rotation ledgers in MongoDB: every state change a conditional findAndModify on state and version. */
@NullMarked
package fr.centreisere.concierge.provider.job.mongo;

import org.jspecify.annotations.NullMarked;
