/** Member structures in MongoDB, written over their version. */
package fr.centreisere.concierge.provider.member.mongo;
