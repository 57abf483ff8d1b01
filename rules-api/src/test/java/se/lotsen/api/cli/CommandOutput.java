package se.lotsen.api.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import se.lotsen.policy.RuleSetFiles;

/** What a command printed, and rule-set folders to run commands on. */
final class CommandOutput {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
    final PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** A copy of the default rule set in a folder, as a policy owner would start an edit. */
    static Path copyOfDefault(Path dir) {
        try {
            for (Map.Entry<String, byte[]> file : RuleSetFiles.readDefault().files().entrySet()) {
                Path target = dir.resolve(file.getKey());
                Files.createDirectories(target.getParent() == null ? dir : target.getParent());
                Files.write(target, file.getValue());
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void replace(Path file, String from, String to) {
        try {
            String text = Files.readString(file);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(file + " does not contain " + from);
            }
            Files.writeString(file, text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
