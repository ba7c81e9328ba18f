/**
 * Every MVC service's OpenAPI description said once: the operations as they really answer (problem
 * documents for every error, the bearer token where one is needed, real media types), the caller and
 * the export choice hidden as the arguments they are, {@code /internal/**} kept out of the public
 * description, operation ids and tags that name what things are.
 */
@NullMarked
package fr.centreisere.concierge.platform.openapi;

import org.jspecify.annotations.NullMarked;
