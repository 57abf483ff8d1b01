package se.lotsen.api.interop.cdshooks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cards given out lately, by uuid: which service and rules each was about, so a journal
 * system's feedback can be counted by service and rule. Bounded (the oldest are forgotten); it holds
 * no request and nothing about the family.
 */
final class IssuedCards {
    static final int REMEMBERED = 100_000;

    record About(String service, List<String> rules, String centre) {
    }

    private final Map<String, About> cards = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, About> eldest) {
            return size() > REMEMBERED;
        }
    };

    synchronized void remember(String uuid, About about) {
        cards.put(uuid, about);
    }

    synchronized Optional<About> about(String uuid) {
        return Optional.ofNullable(uuid == null ? null : cards.get(uuid));
    }
}
