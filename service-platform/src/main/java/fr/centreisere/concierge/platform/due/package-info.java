/**
 * Small "due" sets: what a scheduler must look at, kept apart from the collections that grow, so that a
 * sweep reads only what is pending (see {@link fr.centreisere.concierge.platform.due.DueSet}).
 */
@NullMarked
package fr.centreisere.concierge.platform.due;

import org.jspecify.annotations.NullMarked;
