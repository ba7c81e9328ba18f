/** The categories of services and the pole's commission rate on each. */
package fr.centreisere.concierge.catalog.category;
