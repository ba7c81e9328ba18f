package fr.centreisere.concierge.systemtests;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** Hands the shared running system to test constructors and methods; it starts on first use. */
final class SystemExtension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ConciergeSystem.class
                || parameter.getParameter().getType() == Http.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ConciergeSystem system = ConciergeSystem.shared(context);
        return parameter.getParameter().getType() == Http.class ? new Http(system.gatewayUrl()) : system;
    }
}
