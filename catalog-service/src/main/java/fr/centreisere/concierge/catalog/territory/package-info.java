/** The territory: the communes of Centre Isère, where people live and where services are delivered. */
package fr.centreisere.concierge.catalog.territory;
