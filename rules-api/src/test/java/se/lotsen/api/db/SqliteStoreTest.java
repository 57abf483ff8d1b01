package se.lotsen.api.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.db.DataSourceFactory;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lotsen.api.LotsenConfiguration;

/** The DAO suite on a SQLite file, the embedded default. */
class SqliteStoreTest extends StoreContractTest {
    private static final AtomicInteger FILES = new AtomicInteger();

    @TempDir
    Path dir;

    @Override
    protected DataSourceFactory freshDatabase() {
        return LotsenConfiguration.sqlite(dir.resolve("lotsen-" + FILES.incrementAndGet() + ".db").toString());
    }

    @Test
    void theFileIsInWriteAheadLogMode() {
        assertThat(store.journalMode()).isEqualToIgnoringCase("wal");
    }
}
