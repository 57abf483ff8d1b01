package se.lotsen.catalog.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** The DAO suite on a SQLite file, the embedded default. */
class SqliteStoreTest extends StoreContractTest {
    @TempDir
    Path dir;

    @Override
    protected DataSource freshDatabase() {
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + dir.resolve("lotsen.db"));
        return dataSource;
    }

    @Test
    void theFileIsInWriteAheadLogMode() {
        assertThat(store.journalMode()).isEqualToIgnoringCase("wal");
    }
}
