/** Passwords hashed with BCrypt. */
@NullMarked
package fr.centreisere.concierge.gateway.identity.bcrypt;

import org.jspecify.annotations.NullMarked;
