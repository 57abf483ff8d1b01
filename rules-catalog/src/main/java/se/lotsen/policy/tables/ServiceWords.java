package se.lotsen.policy.tables;

import java.util.HashMap;
import java.util.Map;
import se.lotsen.core.catalog.Service;
import se.lotsen.core.catalog.ServiceCatalog;

/**
 * The words for a service in a scenario row: its Swedish name as the catalog gives it (what the sheet
 * writes), its English name or its id. Case and extra spaces do not matter.
 */
final class ServiceWords {
    private final Map<String, String> byWord = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();

    ServiceWords(ServiceCatalog catalog) {
        for (Service service : catalog.services()) {
            byWord.put(Words.normal(service.id()), service.id());
            names.put(service.id(), service.name().sv().contains(";") ? service.id() : service.name().sv());
        }
        // a name two services share is no name for either: the sheet writes their ids instead
        Map<String, String> byName = new HashMap<>();
        for (Service service : catalog.services()) {
            for (String name : new String[] {service.name().sv(), service.name().en()}) {
                String earlier = byName.putIfAbsent(Words.normal(name), service.id());
                if (earlier != null && !earlier.equals(service.id())) {
                    byName.put(Words.normal(name), null);
                }
            }
        }
        byName.forEach((name, id) -> {
            if (id != null) {
                byWord.putIfAbsent(name, id);
            } else {
                names.replaceAll((s, n) -> Words.normal(n).equals(name) ? s : n);
            }
        });
    }

    /** The service's id, or null. */
    String read(String word) {
        return byWord.get(Words.normal(word));
    }

    /** The word the sheet writes for a service: its Swedish name, or its id if it is not in the catalog or its name is shared. */
    String write(String id) {
        return names.getOrDefault(id, id);
    }
}
