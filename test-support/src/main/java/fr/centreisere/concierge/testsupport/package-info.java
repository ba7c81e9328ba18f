/** What every module's tests share: a MongoDB wire-protocol server per context, the architecture rules, the OpenAPI checks. */
@NullMarked
package fr.centreisere.concierge.testsupport;

import org.jspecify.annotations.NullMarked;
