package se.lotsen.api;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One server for every test class in a test JVM that only reads or adds what no other test looks
 * at (pathways, pages, interop): starting Lotsen compiles the default rule set, and doing that once
 * instead of per class is most of what keeps the suite fast. Classes that publish, revoke or change
 * settings start their own {@link TestApp}.
 */
public final class SharedApp implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestApp.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(SharedApp.class, k -> TestApp.start(SharedApp::unlimited), TestApp.class);
    }

    /** Many test classes and a fuzz share one server and its keys: no rate limit gets in their way. */
    private static void unlimited(LotsenConfiguration configuration) {
        configuration.getRateLimit().setPerMinute(100_000_000);
        configuration.getRateLimit().setBurst(100_000_000);
        configuration.getFollowUp().setAnswersPerMinute(100_000_000);
    }
}
