package se.lotsen.api.interop.hsds;

import com.fasterxml.jackson.annotation.JsonInclude;
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
                   BigDecimal minimumAge, BigDecimal maximumAge, List<Phone> phones, List<Schedule> schedules,
                   List<Language> languages, Organization organization, List<ServiceAtLocation> serviceAtLocations) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Organization(String id, String name, String description, List<Service> services) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Location(String id, String locationType, String name, String alternateName, String description,
                    List<Phone> phones, List<Schedule> schedules) {
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
