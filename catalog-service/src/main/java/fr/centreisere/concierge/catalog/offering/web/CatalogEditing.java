package fr.centreisere.concierge.catalog.offering.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Marks the endpoints that change the catalog: only the pole's coordinators may call them. Checked on the
 * method as well as by the path rules ({@code CatalogAccessRules}), so that a path rule changed by mistake
 * does not open them.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@PreAuthorize("hasRole('COORDINATOR')")
@interface CatalogEditing {
}
