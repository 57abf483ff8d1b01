package se.lotsen.api;

import java.nio.file.Path;
import se.lotsen.api.auth.Role;

/** {@link TestApps} for tests in other packages. */
public final class TestAppsAccess {
    private TestAppsAccess() {
    }

    public static Path tempDir() {
        return TestApps.tempDir();
    }

    public static LotsenConfiguration config(Path dir) {
        return TestApps.config(dir);
    }

    public static String key(Path dir, Role role) {
        return TestApps.keys(dir).create(role, "browser test").key();
    }
}
