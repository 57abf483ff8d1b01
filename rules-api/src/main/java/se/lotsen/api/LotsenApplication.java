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
import se.lotsen.api.auth.ApiKeyAuth;
import se.lotsen.api.auth.ApiKeys;
import se.lotsen.api.cli.KeysCommand;
import se.lotsen.api.cli.SuggestCommand;
import se.lotsen.api.core.RuleSetDirectoryWatcher;
import se.lotsen.api.core.RuleSetPublisher;
import se.lotsen.api.core.StoreFactory;
import se.lotsen.api.resources.RuleSetResource;
import se.lotsen.api.hardening.RateLimit;
import se.lotsen.api.hardening.RequestSizeLimit;
import se.lotsen.api.hardening.SecurityHeaders;
import se.lotsen.api.health.StoreHealthCheck;
import se.lotsen.api.resources.StatsResource;
import se.lotsen.catalog.stats.StatsReport;
import se.lotsen.catalog.stats.SuggestionCounter;
import io.dropwizard.lifecycle.Managed;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.EnumSet;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
        // ${VARIABLE} in a config file is read from the environment, so passwords stay out of files.
        bootstrap.setConfigurationSourceProvider(new io.dropwizard.configuration.SubstitutingSourceProvider(
                bootstrap.getConfigurationSourceProvider(), new io.dropwizard.configuration.EnvironmentVariableSubstitutor(false)));
        bootstrap.addBundle(new io.dropwizard.assets.AssetsBundle("/assets", "/static", null, "static"));
        bootstrap.addCommand(new SuggestCommand());
        bootstrap.addCommand(new KeysCommand());
        bootstrap.addCommand(new se.lotsen.api.cli.ValidateCommand());
        bootstrap.addCommand(new se.lotsen.api.cli.DiffCommand());
    }

    @Override
    public void run(LotsenConfiguration configuration, Environment environment) {
        // Made strict here, after the configuration was read: -Ddw overrides arrive as strings.
        Json.strict(environment.getObjectMapper());
        // Lotsen's own mappers give every error the same shape and never a stack trace.
        ((AbstractServerFactory) configuration.getServerFactory()).setRegisterDefaultExceptionMappers(false);

        StoreFactory.Opened opened = StoreFactory.open(configuration.getDatabase(), environment.metrics());
        environment.lifecycle().manage(opened.dataSource());
        Clock clock = Clock.systemUTC();
        ActiveEngine engine = RuleSetPublisher.start(opened.store().ruleSets(), environment.getObjectMapper(), clock,
                configuration.getRuleSetDirectory());
        RuleSetPublisher publisher = new RuleSetPublisher(engine, opened.store().ruleSets(),
                environment.getObjectMapper(), clock);
        ScheduledExecutorService ruleSetTasks = environment.lifecycle().scheduledExecutorService("rule-sets").threads(1).build();
        long poll = configuration.getActiveVersionPollMillis();
        ruleSetTasks.scheduleWithFixedDelay(new se.lotsen.api.core.ActiveVersionFollower(publisher), poll, poll, TimeUnit.MILLISECONDS);
        if (configuration.getRuleSetDirectory() != null) {
            long watch = configuration.getRuleSetWatchMillis();
            ruleSetTasks.scheduleWithFixedDelay(new RuleSetDirectoryWatcher(java.nio.file.Path.of(configuration.getRuleSetDirectory()),
                    publisher), watch, watch, TimeUnit.MILLISECONDS);
        }
        SuggestionCounter counter = new SuggestionCounter(opened.store().counters(), clock);
        scheduleFlushes(environment, counter, configuration.getStatsFlushSeconds());

        var jersey = environment.jersey();
        ApiKeyAuth.register(jersey, new ApiKeys(opened.store().keys(), clock));
        jersey.register(new RequestSizeLimit(configuration.getMaxRequestBytes(), configuration.getMaxRuleSetBytes()));
        jersey.register(new RateLimit(configuration.getRateLimitPerMinute(), configuration.getRateLimitBurst()));
        environment.servlets().addFilter("security-headers", new SecurityHeaders())
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/*");

        jersey.register(new PathwayResource(engine, counter, environment.metrics()));
        jersey.register(new RuleSetResource(publisher, environment.getObjectMapper()));
        if (configuration.isBenchmarkEndpoints()) {
            jersey.register(new se.lotsen.api.resources.BenchmarkResource());
        }
        jersey.register(new StatsResource(counter, new StatsReport(opened.store().counters()), clock));
        jersey.register(new CodesResource());
        jersey.register(new se.lotsen.api.resources.PageResource());
        jersey.register(new ServiceResource(engine));
        jersey.register(new JsonProcessingExceptionMapper());
        jersey.register(new InvalidRequestExceptionMapper());
        jersey.register(new WebApplicationExceptionMapper());
        jersey.register(new UnexpectedExceptionMapper());
        jersey.register(openApi());

        environment.healthChecks().register("ruleset", new RuleSetHealthCheck(engine));
        environment.healthChecks().register("store", new StoreHealthCheck(opened.store()));
    }

    /** Counters go to the store every few seconds and once more at shutdown. */
    private static void scheduleFlushes(Environment environment, SuggestionCounter counter, int seconds) {
        ScheduledExecutorService flusher = environment.lifecycle().scheduledExecutorService("stats-flush").threads(1).build();
        flusher.scheduleWithFixedDelay(() -> {
            try {
                counter.flush();
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(LotsenApplication.class).warn("could not write the counters yet", e);
            }
        }, seconds, seconds, TimeUnit.SECONDS);
        environment.lifecycle().manage(new Managed() {
            @Override
            public void stop() {
                counter.flush();
            }
        });
    }

    private static OpenApiResource openApi() {
        Set<String> resources = Stream.of(PathwayResource.class, CodesResource.class, ServiceResource.class, StatsResource.class,
                        RuleSetResource.class)
                .map(Class::getName).collect(Collectors.toSet());
        OpenAPI description = new OpenAPI().info(new Info().title("Lotsen").version("1")
                .description("Referral pathways for Swedish family centres. Requests carry codes, numbers and "
                        + "booleans only; no personal data. Every call but this description needs an API key: "
                        + "Authorization: Bearer KEY."))
                .components(new io.swagger.v3.oas.models.Components().addSecuritySchemes("apiKey",
                        new io.swagger.v3.oas.models.security.SecurityScheme()
                                .type(io.swagger.v3.oas.models.security.SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new io.swagger.v3.oas.models.security.SecurityRequirement().addList("apiKey"));
        SwaggerConfiguration config = new SwaggerConfiguration().openAPI(description).prettyPrint(true)
                .resourceClasses(resources).cacheTTL(-1L);
        OpenApiResource resource = new OpenApiResource();
        resource.openApiConfiguration(config);
        return resource;
    }
}
