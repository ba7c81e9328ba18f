/** What the catalog's web adapters share: the page envelope, bilingual text and enum validation of requests. */
@NullMarked
package fr.centreisere.concierge.catalog.web;

import org.jspecify.annotations.NullMarked;
