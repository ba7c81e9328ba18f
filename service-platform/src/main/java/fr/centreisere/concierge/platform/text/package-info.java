/**
 * Text people will read or open: the {@link fr.centreisere.concierge.platform.text.PrintableText}
 * constraint every service puts on names and free texts, and CSV cells made safe for spreadsheets.
 */
@NullMarked
package fr.centreisere.concierge.platform.text;

import org.jspecify.annotations.NullMarked;
