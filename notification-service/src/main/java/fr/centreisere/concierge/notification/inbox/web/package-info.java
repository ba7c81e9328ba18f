/**
 * GET /api/notifications and marking entries read.
 */
@NullMarked
package fr.centreisere.concierge.notification.inbox.web;

import org.jspecify.annotations.NullMarked;
