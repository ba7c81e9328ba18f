/**
 * Messages in the reader's language: texts as codes with arguments ({@link fr.centreisere.concierge.platform.i18n.Message}),
 * rendered from each module's bundles ({@code i18n/messages}, and the platform's {@code i18n/platform}) in the language
 * of the request's {@code Accept-Language} (French by default, English).
 */
@NullMarked
package fr.centreisere.concierge.platform.i18n;

import org.jspecify.annotations.NullMarked;
