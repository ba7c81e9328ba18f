/** Bilingual text (French first, English second) and the normalized keys that make search ignore case and accents. */
@NullMarked
package fr.centreisere.concierge.catalog.text;

import org.jspecify.annotations.NullMarked;
