package se.lotsen.api.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.db.DataSourceFactory;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.lotsen.api.LotsenConfiguration;

/** The CDS Hooks tables on both stores: a jti is new once, expired rows go, a card's outcome is set only over what was read. */
class CdsHooksDaoTest {
    private static EmbeddedPostgres postgres;
    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    private CdsHooksDao dao(String kind) throws Exception {
        DataSourceFactory database;
        if (kind.equals("sqlite")) {
            database = LotsenConfiguration.sqlite(dir.resolve("lotsen.db").toString());
        } else {
            String name = "cds_" + System.nanoTime();
            try (Connection admin = postgres.getPostgresDatabase().getConnection()) {
                admin.createStatement().execute("CREATE DATABASE " + name);
            }
            database = new DataSourceFactory();
            database.setUrl(postgres.getJdbcUrl("postgres", name));
            database.setUser("postgres");
            database.setPassword("postgres");
        }
        Store.migrate(database);
        Jdbi jdbi = database.getUser() == null ? Jdbi.create(database.getUrl())
                : Jdbi.create(database.getUrl(), database.getUser(), database.getPassword());
        return Store.open(jdbi).cdsHooks();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aTokenIdIsNewOnceAndForgottenAfterItExpires(String kind) throws Exception {
        CdsHooksDao dao = dao(kind);

        assertThat(dao.rememberTokenId(Tenant.DEFAULT, "https://ehr.example.org", "j1", 1_000)).isEqualTo(1);
        assertThat(dao.rememberTokenId(Tenant.DEFAULT, "https://ehr.example.org", "j1", 1_000)).isZero();
        assertThat(dao.rememberTokenId(Tenant.DEFAULT, "https://other.example.org", "j1", 1_000)).as("ids are per issuer").isEqualTo(1);
        assertThat(dao.deleteExpiredTokenIds(1_001)).isEqualTo(2);
        assertThat(dao.tokenIds()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aCardsOutcomeChangesOnlyOverTheOutcomeThatWasRead(String kind) throws Exception {
        CdsHooksDao dao = dao(kind);
        dao.rememberCards(Tenant.DEFAULT, List.of(new IssuedCard("c1", "2026-W48", "FC_NORR", "BVC_NURSE", "[\"r\"]", "", 5_000)));

        assertThat(dao.countOutcome(Tenant.DEFAULT, "c1", "", "CARD_ACCEPTED")).isEqualTo(1);
        assertThat(dao.countOutcome(Tenant.DEFAULT, "c1", "", "CARD_OVERRIDDEN")).as("another node changed it meanwhile").isZero();
        assertThat(dao.card(Tenant.DEFAULT, "c1")).get().extracting(IssuedCard::outcome).isEqualTo("CARD_ACCEPTED");
        assertThat(dao.deleteExpiredCards(5_001)).isEqualTo(1);
        assertThat(dao.card(Tenant.DEFAULT, "c1")).isEmpty();
    }
}
