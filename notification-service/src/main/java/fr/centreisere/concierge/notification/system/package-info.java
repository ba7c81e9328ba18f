/**
 * Cross-cutting set-up: time, security rules, OpenAPI, mail settings, schedules, the wiring of the use cases.
 */
@NullMarked
package fr.centreisere.concierge.notification.system;

import org.jspecify.annotations.NullMarked;
