/** The companies' HTTP side: /api/companies (registration, membership, statements as JSON or CSV). */
@NullMarked
package fr.centreisere.concierge.order.company.web;

import org.jspecify.annotations.NullMarked;
