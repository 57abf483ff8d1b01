package se.lotsen.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;
import se.lotsen.catalog.store.Store;

class ApiKeysTest {
    @TempDir
    Path dir;
    private ApiKeys keys;

    @BeforeEach
    void open() {
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + dir.resolve("keys.db"));
        keys = new ApiKeys(Store.open(dataSource).keys(), Clock.systemUTC());
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
    void aRevokedKeyNoLongerAuthenticates() {
        ApiKeys.Created created = keys.create(Role.POLICY_OWNER, "policy");

        assertThat(keys.revoke(created.record().id())).isTrue();
        assertThat(keys.authenticate(created.key())).isEmpty();
        assertThat(keys.revoke(created.record().id())).isFalse();
        assertThat(keys.revoke("no-such-id")).isFalse();
    }
}
