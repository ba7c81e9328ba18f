/** What the catalog's web adapters share: the page envelope, bilingual text and enum validation of requests. */
package fr.centreisere.concierge.catalog.web;
