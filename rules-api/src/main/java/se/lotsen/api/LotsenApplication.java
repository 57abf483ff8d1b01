package se.lotsen.api;

import io.dropwizard.core.Application;
import io.dropwizard.core.server.AbstractServerFactory;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.swagger.v3.jaxrs2.integration.resources.OpenApiResource;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.lotsen.api.cli.SuggestCommand;
import se.lotsen.api.core.ActiveEngine;
import se.lotsen.api.errors.InvalidRequestExceptionMapper;
import se.lotsen.api.errors.JsonProcessingExceptionMapper;
import se.lotsen.api.errors.UnexpectedExceptionMapper;
import se.lotsen.api.errors.WebApplicationExceptionMapper;
import se.lotsen.api.health.RuleSetHealthCheck;
import se.lotsen.api.resources.CodesResource;
import se.lotsen.api.resources.PathwayResource;
import se.lotsen.api.resources.ServiceResource;
import se.lotsen.core.Json;

/** Lotsen's HTTP face. Everything is wired here, by hand, top to bottom. */
public class LotsenApplication extends Application<LotsenConfiguration> {

    public static void main(String[] args) throws Exception {
        new LotsenApplication().run(args);
    }

    @Override
    public String getName() {
        return "lotsen";
    }

    @Override
    public void initialize(Bootstrap<LotsenConfiguration> bootstrap) {
        bootstrap.addCommand(new SuggestCommand());
    }

    @Override
    public void run(LotsenConfiguration configuration, Environment environment) {
        // Made strict here, after the configuration was read: -Ddw overrides arrive as strings.
        Json.strict(environment.getObjectMapper());
        // Lotsen's own mappers give every error the same shape and never a stack trace.
        ((AbstractServerFactory) configuration.getServerFactory()).setRegisterDefaultExceptionMappers(false);

        ActiveEngine engine = ActiveEngine.load(configuration.getRuleSetDirectory());

        var jersey = environment.jersey();
        jersey.register(new PathwayResource(engine, environment.metrics()));
        jersey.register(new CodesResource());
        jersey.register(new ServiceResource(engine));
        jersey.register(new JsonProcessingExceptionMapper());
        jersey.register(new InvalidRequestExceptionMapper());
        jersey.register(new WebApplicationExceptionMapper());
        jersey.register(new UnexpectedExceptionMapper());
        jersey.register(openApi());

        environment.healthChecks().register("ruleset", new RuleSetHealthCheck(engine));
    }

    private static OpenApiResource openApi() {
        Set<String> resources = Stream.of(PathwayResource.class, CodesResource.class, ServiceResource.class)
                .map(Class::getName).collect(Collectors.toSet());
        OpenAPI description = new OpenAPI().info(new Info().title("Lotsen").version("1")
                .description("Referral pathways for Swedish family centres. Requests carry codes, numbers and "
                        + "booleans only; no personal data."));
        SwaggerConfiguration config = new SwaggerConfiguration().openAPI(description).prettyPrint(true)
                .resourceClasses(resources).cacheTTL(-1L);
        OpenApiResource resource = new OpenApiResource();
        resource.openApiConfiguration(config);
        return resource;
    }
}
