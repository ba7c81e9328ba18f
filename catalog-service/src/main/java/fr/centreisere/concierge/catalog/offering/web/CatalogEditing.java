package fr.centreisere.concierge.catalog.offering.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the endpoints that change the catalog: only the pole's coordinators may call them. The one place where
 * that rule is attached to the endpoints.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface CatalogEditing {
}
