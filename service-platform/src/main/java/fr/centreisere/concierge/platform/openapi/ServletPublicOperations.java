package fr.centreisere.concierge.platform.openapi;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;

/**
 * Asks the service's security filter chains whether an anonymous caller may pass, rather than writing
 * the rules a second time: the description cannot drift from what is enforced.
 */
final class ServletPublicOperations implements PublicOperations {

    private static final Authentication ANYONE = new AnonymousAuthenticationToken("openapi", "anonymous",
            AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

    private final ObjectProvider<WebInvocationPrivilegeEvaluator> accessRules;

    ServletPublicOperations(ObjectProvider<WebInvocationPrivilegeEvaluator> accessRules) {
        this.accessRules = accessRules;
    }

    @Override
    public boolean isPublic(String method, String pathTemplate) {
        WebInvocationPrivilegeEvaluator rules = accessRules.getIfAvailable();
        if (rules == null) {
            return false;
        }
        return rules.isAllowed("", pathTemplate.replaceAll("\\{[^}/]+}", "x"), method, ANYONE);
    }
}
