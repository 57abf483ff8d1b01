package se.lotsen.api.interop.hsds;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.math.BigDecimal;
import java.util.List;

/** The Open Referral HSDS 3.0 objects Lotsen writes (snake_case, empty fields left out). */
final class Hsds {
    private Hsds() {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Root(String version, String profile, String openapiUrl) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Page<T>(long totalItems, int totalPages, int pageNumber, int size, boolean firstPage, boolean lastPage,
                   boolean empty, List<T> contents) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Service(String id, String organizationId, String name, String alternateName, String description, String url,
                   String status, String interpretationServices, String applicationProcess, String eligibilityDescription,
                   BigDecimal minimumAge, BigDecimal maximumAge, String lastModified, List<Phone> phones, List<Schedule> schedules,
                   List<Language> languages, List<Attribute> attributes, Organization organization,
                   List<ServiceAtLocation> serviceAtLocations) {
        /** The core fields only (HSDS's {@code minimal=true}). */
        Service minimal() {
            return new Service(id, organizationId, name, alternateName, description, url, status, null, null, null, null, null,
                    lastModified, List.of(), List.of(), List.of(), List.of(), null, List.of());
        }

        /** Without the nested organization and locations (a list that is not {@code full}). */
        Service unnested() {
            return new Service(id, organizationId, name, alternateName, description, url, status, interpretationServices,
                    applicationProcess, eligibilityDescription, minimumAge, maximumAge, lastModified, phones, schedules, languages,
                    attributes, null, List.of());
        }
    }

    /** A taxonomy term attached to a service (HSDS 3.0 attributes). */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Attribute(String id, String linkId, String taxonomyTermId, String linkType, String linkEntity, String value,
                     TaxonomyTerm taxonomyTerm) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record TaxonomyTerm(String id, String code, String name, String description, String taxonomy, Taxonomy taxonomyDetail,
                        String language, String taxonomyId, String termUri) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Taxonomy(String id, String name, String description, String uri, String version) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Organization(String id, String name, String alternateName, String description, String website, List<Service> services) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Location(String id, String locationType, String name, String alternateName, String description, BigDecimal latitude,
                    BigDecimal longitude, List<Address> addresses, List<Phone> phones, List<Schedule> schedules) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Address(String id, String locationId, @JsonProperty("address_1") String address1, String city, String stateProvince,
                   String postalCode, String country, String addressType) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ServiceAtLocation(String id, String serviceId, String locationId, String description, Location location,
                             Service service) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Phone(String id, String number, String type, String description) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Schedule(String id, String description) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Language(String id, String name, String code) {
    }
}
