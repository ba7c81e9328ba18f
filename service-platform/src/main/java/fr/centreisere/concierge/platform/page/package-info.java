/** The one page of a list, in the domain's ports and in the API's answers alike (docs/API.md, « Pages »). */
@NullMarked
package fr.centreisere.concierge.platform.page;

import org.jspecify.annotations.NullMarked;
