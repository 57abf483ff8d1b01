package se.lotsen.core.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The services a rule set routes to, in catalog order (which breaks ties in a pathway), and the
 * family centres. Immutable; services are looked up by id on every request, so the index is built
 * once, here.
 */
public final class ServiceCatalog {
    private final List<Centre> centres;
    private final List<Service> services;
    private final List<Organization> organizations;
    private final Map<String, Service> byId = new HashMap<>();
    private final Map<String, Integer> positions = new HashMap<>();
    private final Map<String, Centre> centresById = new HashMap<>();

    public ServiceCatalog(List<Centre> centres, List<Service> services) {
        this(centres, services, null);
    }

    @JsonCreator
    public ServiceCatalog(@JsonProperty("centres") List<Centre> centres, @JsonProperty("services") List<Service> services,
                          @JsonProperty("organizations") List<Organization> organizations) {
        this.centres = centres == null ? List.of() : List.copyOf(centres);
        this.services = services == null ? List.of() : List.copyOf(services);
        this.organizations = organizations == null ? List.of() : List.copyOf(organizations);
        this.centres.forEach(c -> centresById.putIfAbsent(c.id(), c));
        for (int i = 0; i < this.services.size(); i++) {
            Service s = this.services.get(i);
            byId.putIfAbsent(s.id(), s);
            positions.putIfAbsent(s.id(), i);
        }
    }

    @JsonProperty
    public List<Centre> centres() {
        return centres;
    }

    @JsonProperty
    public List<Service> services() {
        return services;
    }

    /** The organisations that run the services, by name; empty when the catalog names none. */
    @JsonProperty
    public List<Organization> organizations() {
        return organizations;
    }

    public Optional<Service> service(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Centre> centre(String id) {
        return Optional.ofNullable(id == null ? null : centresById.get(id));
    }

    /** Position in the catalog, for ordering; -1 when absent. */
    public int position(String id) {
        return positions.getOrDefault(id, -1);
    }

    public boolean hasCentre(String id) {
        return id != null && centresById.containsKey(id);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServiceCatalog other && centres.equals(other.centres) && services.equals(other.services)
                && organizations.equals(other.organizations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(centres, services, organizations);
    }

    @Override
    public String toString() {
        return "ServiceCatalog[" + services.size() + " services, " + centres.size() + " centres]";
    }
}
