package se.lotsen.api;

import io.dropwizard.assets.AssetsBundle;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.forms.MultiPartBundle;
import io.dropwizard.jdbi3.JdbiFactory;
import io.dropwizard.views.common.ViewBundle;
import java.time.Clock;
import se.lotsen.api.cli.DiffCommand;
import se.lotsen.api.cli.KeysCommand;
import se.lotsen.api.cli.SuggestCommand;
import se.lotsen.api.cli.TableCommand;
import se.lotsen.api.cli.ValidateCommand;
import se.lotsen.api.db.Store;
import se.lotsen.api.hardening.Hardening;
import se.lotsen.core.Json;

/** Lotsen's HTTP face: hardening, the store, the serving rule set, then the resources. */
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
        bootstrap.setConfigurationSourceProvider(new SubstitutingSourceProvider(
                bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)));
        bootstrap.addBundle(new AssetsBundle("/assets", "/static", null, "static"));
        bootstrap.addBundle(new ViewBundle<>());
        bootstrap.addBundle(new MultiPartBundle());
        bootstrap.addCommand(new SuggestCommand());
        bootstrap.addCommand(new KeysCommand());
        bootstrap.addCommand(new ValidateCommand());
        bootstrap.addCommand(new DiffCommand());
        bootstrap.addCommand(new TableCommand());
    }

    @Override
    public void run(LotsenConfiguration configuration, Environment environment) {
        // Made strict here, after the configuration was read: -Ddw overrides arrive as strings.
        Json.strict(environment.getObjectMapper());
        Hardening.apply(configuration, environment);
        Store.migrate(configuration.getDatabase());
        Store store = Store.open(new JdbiFactory().build(environment, configuration.getDatabase(), "store"));
        Lotsen lotsen = Lotsen.start(configuration, environment, store, Clock.systemUTC());
        lotsen.schedule(configuration, environment);
        lotsen.register(configuration, environment);
    }
}
