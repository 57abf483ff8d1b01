package se.lotsen.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.db.DataSourceFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lotsen.api.LotsenConfiguration;
import se.lotsen.api.db.ApiKeyDao;
import se.lotsen.api.db.ApiKeyRecord;
import se.lotsen.api.db.Store;

class ApiKeysTest {
    @TempDir
    Path dir;
    private Store store;
    private ApiKeys keys;

    private ApiKeys node() {
        return new ApiKeys(store.keys(), Clock.systemUTC());
    }

    @BeforeEach
    void open() {
        DataSourceFactory database = LotsenConfiguration.sqlite(dir.resolve("keys.db").toString());
        Store.migrate(database);
        store = Store.open(Jdbi.create(database.getUrl()));
        keys = node();
    }

    @Test
    void aCreatedKeyAuthenticatesWithItsRoleAndIsStoredOnlyAsAHash() {
        ApiKeys.Created created = keys.create(Role.STAFF, "BVC Norr");

        assertThat(keys.authenticate(created.key())).get().satisfies(p -> {
            assertThat(p.role()).isEqualTo(Role.STAFF);
            assertThat(p.label()).isEqualTo("BVC Norr");
        });
        assertThat(created.record().keyHash()).isNotEqualTo(created.key()).hasSize(64);
        assertThat(keys.list()).allSatisfy(r -> assertThat(r.toString()).doesNotContain(created.key()));
    }

    @Test
    void keysAreRandomAndUnguessable() {
        String first = keys.create(Role.SYSTEM, "a").key();
        String second = keys.create(Role.SYSTEM, "b").key();

        assertThat(first).startsWith("lotsen_").hasSizeGreaterThan(40).isNotEqualTo(second);
        assertThat(keys.authenticate(first.substring(0, first.length() - 1) + "x")).isEmpty();
        assertThat(keys.authenticate("")).isEmpty();
        assertThat(keys.authenticate(null)).isEmpty();
    }

    @Test
    void aKeyRevokedOnAnotherNodeStopsWorkingHereAtTheNextPoll() {
        ApiKeys other = node();
        ApiKeys.Created created = keys.create(Role.POLICY_OWNER, "policy");
        assertThat(keys.authenticate(created.key())).as("now cached here").isPresent();

        assertThat(other.revoke(created.record().id())).isTrue();
        assertThat(keys.authenticate(created.key())).as("still cached until the poll").isPresent();
        keys.pollRevocations();

        assertThat(keys.authenticate(created.key())).isEmpty();
        assertThat(other.revoke(created.record().id())).isFalse();
        assertThat(other.revoke("no-such-id")).isFalse();
    }

    @Test
    void aLoadThatReadTheKeyBeforeARevocationCannotCacheItAfterTheRevocation() throws Exception {
        ApiKeys.Created created = keys.create(Role.STAFF, "BVC Norr");
        CountDownLatch read = new CountDownLatch(1);
        CountDownLatch revoked = new CountDownLatch(1);
        ApiKeys slow = new ApiKeys(new PausingDao(store.keys(), read, revoked), Clock.systemUTC());

        CompletableFuture<Optional<ApiKeyPrincipal>> loading = CompletableFuture.supplyAsync(() -> slow.authenticate(created.key()));
        assertThat(read.await(10, TimeUnit.SECONDS)).as("the load has read the active key").isTrue();
        assertThat(slow.revoke(created.record().id())).isTrue();
        revoked.countDown();

        assertThat(loading.get(10, TimeUnit.SECONDS)).as("the request that started before the revocation").isPresent();
        assertThat(slow.authenticate(created.key())).as("after the revocation, whatever the slow load cached").isEmpty();
    }

    /** The real store, except that the first key lookup waits after reading until the test lets it go on. */
    private record PausingDao(ApiKeyDao store, CountDownLatch read, CountDownLatch go) implements ApiKeyDao {
        @Override
        public Optional<ApiKeyRecord> findActiveByHash(String hash) {
            Optional<ApiKeyRecord> found = store.findActiveByHash(hash);
            if (read.getCount() > 0) {
                read.countDown();
                try {
                    go.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return found;
        }

        @Override
        public void insert(ApiKeyRecord key) {
            store.insert(key);
        }

        @Override
        public List<ApiKeyRecord> list() {
            return store.list();
        }

        @Override
        public int revoke(String id, String at) {
            return store.revoke(id, at);
        }

        @Override
        public void countRevocation() {
            store.countRevocation();
        }

        @Override
        public long revocations() {
            return store.revocations();
        }

        @Override
        public boolean revokeAndCount(String id, String at) {
            return store.revokeAndCount(id, at);
        }
    }
}
