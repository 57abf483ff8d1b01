package se.lotsen.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import se.lotsen.core.ruleset.RuleSetLimits;

/** An uploaded zip is bounded in every entry and in all: what a file leaves out still counts. */
class RuleSetFilesTest {
    /** A manifest and {@code entries} entries named prefix + i + suffix (a suffix "/" makes directory entries). */
    private static byte[] zip(int entries, String prefix, String suffix, int bytesEach) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] zeros = new byte[bytesEach];
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(RuleSetFiles.MANIFEST));
            zip.write("id: x\nversion: \"1\"\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (int i = 0; i < entries; i++) {
                zip.putNextEntry(new ZipEntry(prefix + i + suffix));
                zip.write(zeros);
            }
        }
        return out.toByteArray();
    }

    @Test
    void anEntryOverTheFileLimitIsRefusedWithItsName() throws IOException {
        byte[] zip = zip(1, "tables/routing", ".csv", RuleSetLimits.MAX_FILE_BYTES + 1);

        assertThatThrownBy(() -> RuleSetFiles.fromZip("upload", zip)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tables/routing0.csv").hasMessageContaining("larger than 2048 KiB");
    }

    @Test
    void hiddenFilesThatAreLeftOutStillCountTowardsWhatTheZipUnpacksTo() throws IOException {
        // Each 2 MiB of zeros packs to about 2 KB: 20 of them pass the upload limit and inflate past the total.
        byte[] zip = zip(20, "__MACOSX/._x", "", RuleSetLimits.MAX_FILE_BYTES);
        assertThat(zip.length).isLessThan(100 * 1024);

        assertThatThrownBy(() -> RuleSetFiles.fromZip("upload", zip)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unpacks to more than");
    }

    @Test
    void directoryEntriesCountTowardsTheNumberOfFiles() throws IOException {
        byte[] zip = zip(Unpacked.MAX_FILES + 1, "d", "/", 0);

        assertThatThrownBy(() -> RuleSetFiles.fromZip("upload", zip)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(Unpacked.MAX_FILES + " files");
    }
}
