package se.lotsen.api.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import se.lotsen.api.LotsenConfiguration;
import se.lotsen.api.db.RuleSetDao;
import se.lotsen.api.db.Store;
import se.lotsen.policy.BaseResolver;
import se.lotsen.policy.RuleSetFiles;

/**
 * Where {@code validate} finds a layer's base: a folder or zip given, a version published in a region's store (the
 * same rows the server resolves a layer's base from), or the bundled rule sets; and how to say which it used.
 */
record Bases(BaseResolver resolver, String source) {
    static Bases bundled() {
        return new Bases(BaseResolver.bundled(), "bundled");
    }

    /**
     * @param base   a folder or zip, or a version; null for the bundled rule sets
     * @param store  the SQLite store a version is looked up in
     * @param region the region whose versions are the bases
     */
    static Bases of(String base, String store, String region) {
        if (base == null) {
            return bundled();
        }
        Path path = Path.of(base);
        if (Files.exists(path)) {
            RuleSetFiles given = RuleSetFiles.read(path);
            // The folder given is the base, whatever version the layer names: the report says which version that is.
            BaseResolver folder = (id, version) -> id.equals(given.id()) ? Optional.of(given) : Optional.empty();
            return new Bases(folder.or(BaseResolver.bundled()), base);
        }
        RuleSetDao dao = Store.open(Jdbi.create(LotsenConfiguration.sqlite(store).getUrl())).ruleSets();
        BaseResolver published = (id, version) -> dao.find(region, id, version == null ? base : version)
                .map(v -> RuleSetFiles.fromZip("stored " + v.ruleSetId() + " " + v.version(), Base64.getDecoder().decode(v.zipBase64())));
        return new Bases(published.or(BaseResolver.bundled()), "published in " + store + ", region " + region);
    }
}
