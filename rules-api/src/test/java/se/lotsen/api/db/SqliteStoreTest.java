package se.lotsen.api.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.db.DataSourceFactory;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lotsen.api.LotsenConfiguration;

/** The DAO suite on a SQLite file, the embedded default. */
class SqliteStoreTest extends StoreContractTest {
    @TempDir
    Path dir;

    @Override
    protected DataSourceFactory freshDatabase() {
        return LotsenConfiguration.sqlite(dir.resolve("lotsen.db").toString());
    }

    @Test
    void theFileIsInWriteAheadLogMode() {
        assertThat(store.journalMode()).isEqualToIgnoringCase("wal");
    }
}
