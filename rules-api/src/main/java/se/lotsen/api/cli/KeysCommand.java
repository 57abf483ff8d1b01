package se.lotsen.api.cli;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.db.ManagedDataSource;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.sourceforge.argparse4j.impl.Arguments;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import net.sourceforge.argparse4j.inf.Subparsers;
import org.jdbi.v3.core.Jdbi;
import se.lotsen.api.LotsenConfiguration;
import se.lotsen.api.auth.ApiKeys;
import se.lotsen.api.auth.Role;
import se.lotsen.api.db.ApiKeyRecord;
import se.lotsen.api.db.Store;
import se.lotsen.api.db.Tenant;
import se.lotsen.api.tenants.Tenants;

/**
 * {@code lotsen keys create --role ROLE [--tenant ID] [--label TEXT] | list | revoke ID [--config FILE]}: manages
 * API keys in the store the server uses. A new key is printed once, as the last line of stdout. A key belongs to a
 * tenant (a municipality, or the region): the config's tenants, or {@code default} on a single-tenant server.
 */
public class KeysCommand extends ConfiguredCommand<LotsenConfiguration> {
    public KeysCommand() {
        super("keys", "Create, list and revoke API keys");
    }

    @Override
    public void configure(Subparser subparser) {
        // The config file is an option here, so it does not compete with the action's own arguments.
        subparser.addArgument("--config").dest("file").help("the server's config file (default: none, lotsen.db here)");
        Subparsers actions = subparser.addSubparsers().dest("action").title("actions");
        Subparser create = actions.addParser("create").help("create a key and print it once");
        create.addArgument("--role").required(true).choices(Arrays.stream(Role.values()).map(Enum::name).toList())
                .help("STAFF, SYSTEM or POLICY_OWNER");
        create.addArgument("--tenant").setDefault(Tenant.DEFAULT)
                .help("the municipality or region the key belongs to, e.g. grastorp (default: default, a single-tenant server)");
        create.addArgument("--label").setDefault("").help("who holds the key, e.g. 'BVC Norr reception'; no personal names");
        create.addArgument("--quiet").action(Arguments.storeTrue()).help("print only the key");
        actions.addParser("list").help("list keys: id, role, label, created, revoked (never the key)");
        Subparser revoke = actions.addParser("revoke").help("revoke a key by its id");
        revoke.addArgument("id").help("the key's id, from keys list");
    }

    @Override
    protected void run(Bootstrap<LotsenConfiguration> bootstrap, Namespace namespace, LotsenConfiguration configuration)
            throws Exception {
        CliLogging.toStandardError();
        Store.migrate(configuration.getDatabase());
        ManagedDataSource dataSource = configuration.getDatabase().build(new MetricRegistry(), "keys");
        int status;
        dataSource.start();
        try {
            Store store = Store.open(Jdbi.create(dataSource));
            // The config's tenants are written to the store here too, so keys can be made before the server first starts.
            Set<String> tenants = Tenants.register(configuration.getTenants(), store).stream().map(Tenant::id)
                    .collect(Collectors.toSet());
            status = execute(namespace, new ApiKeys(store.keys(), Clock.systemUTC()), tenants, System.out, System.err);
            System.out.flush();
        } finally {
            dataSource.stop();
        }
        // Outside the try: System.exit never returns, so a finally after it would not run.
        if (status != 0) {
            System.exit(status);
        }
    }

    static int execute(Namespace namespace, ApiKeys keys, PrintStream out, PrintStream err) {
        return execute(namespace, keys, Set.of(Tenant.DEFAULT), out, err);
    }

    /** @param tenants the tenants a key may belong to */
    static int execute(Namespace namespace, ApiKeys keys, Set<String> tenants, PrintStream out, PrintStream err) {
        switch (namespace.getString("action")) {
            case "create" -> {
                String tenant = namespace.getString("tenant") == null ? Tenant.DEFAULT : namespace.getString("tenant");
                if (!tenants.contains(tenant)) {
                    err.println("lotsen: no tenant " + tenant + "; the tenants are " + String.join(", ", new TreeSet<>(tenants)));
                    return 2;
                }
                ApiKeys.Created created = keys.create(tenant, Role.valueOf(namespace.getString("role")), namespace.getString("label"));
                if (!namespace.getBoolean("quiet")) {
                    out.println("Created key " + created.record().id() + " (" + created.record().role() + ", tenant " + tenant + ")."
                            + " It is shown only now; give it to its holder and keep it secret.");
                }
                out.println(created.key());
                return 0;
            }
            case "list" -> {
                out.printf("%-14s %-13s %-14s %-21s %-21s %s%n", "ID", "ROLE", "TENANT", "CREATED", "REVOKED", "LABEL");
                for (ApiKeyRecord k : keys.list()) {
                    out.printf("%-14s %-13s %-14s %-21s %-21s %s%n", k.id(), k.role(), k.tenant(), toSecond(k.createdAt()),
                            k.revokedAt() == null ? "-" : toSecond(k.revokedAt()), k.label());
                }
                return 0;
            }
            case "revoke" -> {
                String id = namespace.getString("id");
                if (keys.revoke(id)) {
                    out.println("Revoked key " + id + ".");
                    return 0;
                }
                err.println("lotsen: no active key with id " + id);
                return 1;
            }
            default -> throw new IllegalArgumentException("unknown action");
        }
    }

    /** The stored instant to the second, so the columns line up. */
    private static String toSecond(String instant) {
        return Instant.parse(instant).truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
