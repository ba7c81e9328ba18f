/** RFC 9457 problem documents for every error of every service, with stable types. */
@NullMarked
package fr.centreisere.concierge.platform.problem;

import org.jspecify.annotations.NullMarked;
