/** Whether a staff account's member structure or company exists, asked of their owners over HTTP. */
package fr.centreisere.concierge.gateway.identity.bindings;
