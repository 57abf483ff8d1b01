package se.lotsen.api.publishing;

import java.util.Optional;
import se.lotsen.policy.BaseResolver;
import se.lotsen.policy.RuleSetFiles;
import se.lotsen.policy.RuleSetLoader;

/**
 * The base version a layer was validated on, "id version", and the hash of that base's files. A stored layer is
 * compiled only on exactly that base: a base published or rolled back since changes no tenant's pathways by itself.
 */
record BasePin(String id, String version, String hash) {
    static Optional<BasePin> parse(String base) {
        if (base == null) {
            return Optional.empty();
        }
        int space = base.indexOf(' ');
        return space < 0 ? Optional.empty() : Optional.of(new BasePin(base.substring(0, space), base.substring(space + 1), null));
    }

    static Optional<BasePin> of(String base, String hash) {
        return parse(base).map(p -> new BasePin(p.id(), p.version(), hash));
    }

    String name() {
        return id + " " + version;
    }

    /**
     * Resolves only this base: by its id, with no version or this version; its files must have the pinned hash
     * (a store whose base changed under the layer is refused, never compiled silently).
     */
    BaseResolver resolver(BaseResolver all) {
        return (wantedId, wantedVersion) -> {
            if (!wantedId.equals(id) || (wantedVersion != null && !wantedVersion.equals(version))) {
                return all.find(wantedId, wantedVersion);
            }
            Optional<RuleSetFiles> found = all.find(id, version);
            found.ifPresent(files -> {
                if (hash != null && !hash.equals(files.hash())) {
                    throw new IllegalStateException("the base " + name() + " has hash " + files.hash() + ", not the "
                            + hash + " the layer was validated on");
                }
            });
            return found;
        };
    }

    /** Whether these files extend another rule set. */
    static boolean isLayer(RuleSetFiles files) {
        return RuleSetLoader.extendsOf(files).isPresent();
    }
}
