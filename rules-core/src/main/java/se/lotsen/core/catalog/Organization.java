package se.lotsen.core.catalog;

import java.util.List;
import se.lotsen.core.Text;

/**
 * Who runs services, by name (the region, the municipality, a national agency), for service
 * directories. It runs the services it lists, and, with {@code provider}, every other service of that
 * provider that no organisation lists.
 */
public record Organization(String id, Text name, Text description, Provider provider, List<String> services, String website) {
    public Organization {
        services = services == null ? List.of() : List.copyOf(services);
    }
}
