/** Jobs and rotation ledgers in MongoDB: every state change a conditional findAndModify on state and version. */
package fr.centreisere.concierge.provider.job.mongo;
