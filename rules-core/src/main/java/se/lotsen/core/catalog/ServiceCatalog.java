package se.lotsen.core.catalog;

import java.util.List;
import java.util.Optional;

/** The services a rule set routes to, in catalog order (which breaks ties in a pathway), and the centres. */
public record ServiceCatalog(List<Centre> centres, List<Service> services) {
    public ServiceCatalog {
        centres = centres == null ? List.of() : List.copyOf(centres);
        services = List.copyOf(services);
    }

    public Optional<Service> service(String id) {
        return services.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** Position in the catalog, for ordering; -1 when absent. */
    public int position(String id) {
        for (int i = 0; i < services.size(); i++) {
            if (services.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    public boolean hasCentre(String id) {
        return centres.stream().anyMatch(c -> c.id().equals(id));
    }
}
