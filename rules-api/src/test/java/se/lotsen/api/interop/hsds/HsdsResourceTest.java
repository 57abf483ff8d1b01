package se.lotsen.api.interop.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.lotsen.api.SharedApp;
import se.lotsen.api.TestApp;
import se.lotsen.api.auth.Role;

/** Every HSDS answer is checked against the HSDS 3.0 schemas (vendored under src/test/resources/hsds-3.0). */
@ExtendWith(SharedApp.class)
class HsdsResourceTest {
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private static Schema schema(String name) {
        InputStream in = HsdsResourceTest.class.getResourceAsStream("/hsds-3.0/" + name + ".json");
        return SCHEMAS.getSchema(in);
    }

    private static List<String> errors(String schemaName, JsonNode document) {
        return schema(schemaName).validate(document.toString(), InputFormat.JSON).stream().map(e -> e.toString()).toList();
    }

    private static JsonNode get(TestApp app, String path) {
        return TestApp.json(app.get(path, app.key(Role.STAFF)));
    }

    @Test
    void theRootSaysHsds3(TestApp app) {
        JsonNode root = get(app, "/hsds/");

        assertThat(root.get("version").asText()).startsWith("3.");
        assertThat(root.get("openapi_url").asText()).isEqualTo(app.uri("/openapi.json").toString());
        assertThat(app.get("/openapi.json", null).body()).contains("/hsds/services");
        assertThat(root.has("profile")).isTrue();
    }

    @Test
    void servicesAreListedOnPagesAndEachIsAValidHsdsService(TestApp app) {
        JsonNode page = get(app, "/hsds/services?per_page=100");

        assertThat(page.get("total_items").asInt()).isGreaterThanOrEqualTo(20);
        assertThat(page.get("contents").size()).isEqualTo(page.get("total_items").asInt());
        assertThat(page.get("first_page").asBoolean()).isTrue();
        for (JsonNode service : page.get("contents")) {
            assertThat(UUID.fromString(service.get("id").asText())).isNotNull();
            assertThat(service.get("name").asText()).isNotBlank();
            assertThat(service.get("status").asText()).isEqualTo("active");
            assertThat(errors("service", service)).as(service.get("name").asText()).isEmpty();
        }
    }

    @Test
    void oneServiceIsFullyNestedAndStableAcrossCalls(TestApp app) {
        String id = get(app, "/hsds/services?per_page=1").get("contents").get(0).get("id").asText();

        JsonNode service = get(app, "/hsds/services/" + id);

        assertThat(errors("service", service)).isEmpty();
        assertThat(service.get("organization").get("name").asText()).isNotBlank();
        assertThat(service.get("phones").get(0).get("number").asText()).isNotBlank();
        assertThat(service.get("service_at_locations").get(0).get("location").get("location_type").asText()).isEqualTo("physical");
        assertThat(service.get("minimum_age").isNumber()).isTrue();
        assertThat(get(app, "/hsds/services?per_page=1").get("contents").get(0).get("id").asText()).isEqualTo(id);
    }

    @Test
    void organizationsAndServicesAtLocationsAreValidToo(TestApp app) {
        for (JsonNode organization : get(app, "/hsds/organizations").get("contents")) {
            assertThat(errors("organization", organization)).isEmpty();
        }
        JsonNode atLocations = get(app, "/hsds/service_at_locations?per_page=100").get("contents");
        assertThat(atLocations).isNotEmpty();
        for (JsonNode sal : atLocations) {
            assertThat(errors("service_at_location", sal)).isEmpty();
        }
        assertThat(get(app, "/hsds/locations").get("contents").findValuesAsText("name")).contains("Familjecentralen Norr");
    }

    @Test
    void theSchemaCheckItselfRefusesAServiceWithoutItsRequiredFields() throws Exception {
        assertThat(errors("service", new ObjectMapper().readTree("{\"name\": \"no id, no status\"}"))).isNotEmpty();
    }

    @Test
    void pagesAreBoundedAndCounted(TestApp app) {
        JsonNode third = get(app, "/hsds/services?per_page=10&page=3");

        assertThat(third.get("page_number").asInt()).isEqualTo(3);
        assertThat(third.get("total_pages").asInt()).isEqualTo((third.get("total_items").asInt() + 9) / 10);
        assertThat(app.get("/hsds/services?per_page=1000", app.key(Role.STAFF)).statusCode()).isEqualTo(422);
    }

    private static List<JsonNode> contents(TestApp app, String query) {
        HttpResponse<String> answer = app.get("/hsds/services?per_page=100" + query, app.key(Role.STAFF));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        List<JsonNode> services = new java.util.ArrayList<>();
        TestApp.json(answer).get("contents").forEach(services::add);
        return services;
    }

    private static String text(JsonNode service) {
        return (service.path("name").asText() + " " + service.path("alternate_name").asText() + " "
                + service.path("description").asText()).toLowerCase(java.util.Locale.ROOT);
    }

    @Test
    void searchFindsFewerServicesAndOnlyThoseWhoseNamesOrDescriptionsMatch(TestApp app) {
        List<JsonNode> all = contents(app, "");
        List<JsonNode> sleep = contents(app, "&search=s%C3%B6mn");

        assertThat(sleep).isNotEmpty().hasSizeLessThan(all.size());
        assertThat(sleep).allSatisfy(s -> assertThat(text(s)).contains("sömn"));
        assertThat(all.stream().filter(s -> text(s).contains("sömn")).count()).as("none left out").isEqualTo(sleep.size());
    }

    @Test
    void everyServiceHasATaxonomyTermAndTheNeedsTheRulesRouteToIt(TestApp app) {
        List<JsonNode> all = contents(app, "");

        for (JsonNode service : all) {
            assertThat(service.get("attributes")).as(service.get("name").asText()).isNotEmpty();
            assertThat(errors("service", service)).isEmpty();
        }
        JsonNode nurse = all.stream().filter(s -> s.get("name").asText().equals("BVC-sjuksköterska")).findFirst().orElseThrow();
        assertThat(nurse.get("attributes").findValuesAsText("code")).contains("SLEEP", "UNIVERSAL");
    }

    @Test
    void taxonomyTermIdAndTaxonomyIdFilterByTheTerms(TestApp app) {
        JsonNode terms = get(app, "/hsds/taxonomy_terms?per_page=100").get("contents");
        String sleepTerm = null;
        for (JsonNode term : terms) {
            if (term.get("code").asText().equals("SLEEP")) {
                sleepTerm = term.get("id").asText();
            }
        }
        String term = sleepTerm;

        List<JsonNode> sleep = contents(app, "&taxonomy_term_id=" + term);
        List<JsonNode> needTaxonomy = contents(app, "&taxonomy_id=" + terms.get(0).get("taxonomy_id").asText());

        assertThat(sleep).isNotEmpty().hasSizeLessThan(contents(app, "").size())
                .allSatisfy(s -> assertThat(s.get("attributes").findValuesAsText("taxonomy_term_id")).contains(term));
        assertThat(needTaxonomy).isNotEmpty();
        assertThat(get(app, "/hsds/taxonomy_terms/" + term).get("name").asText()).isEqualTo("Sömn");
    }

    @Test
    void organizationIdGivesThatOrganizationsServicesOnly(TestApp app) {
        String organization = get(app, "/hsds/organizations").get("contents").get(0).get("id").asText();

        List<JsonNode> theirs = contents(app, "&organization_id=" + organization);

        assertThat(theirs).isNotEmpty().hasSizeLessThan(contents(app, "").size())
                .allSatisfy(s -> assertThat(s.get("organization_id").asText()).isEqualTo(organization));
    }

    @Test
    void modifiedAfterComparesWithLastModified(TestApp app) {
        List<JsonNode> all = contents(app, "");
        String lastModified = all.get(0).get("last_modified").asText();

        assertThat(all).allSatisfy(s -> assertThat(s.get("last_modified").asText()).isEqualTo(lastModified));
        assertThat(contents(app, "&modified_after=2000-01-01T00:00:00Z")).hasSize(all.size());
        assertThat(contents(app, "&modified_after=" + lastModified)).isEmpty();
        assertThat(app.get("/hsds/services?modified_after=yesterday", app.key(Role.STAFF)).statusCode()).isEqualTo(422);
    }

    @Test
    void minimalGivesTheCoreFieldsAndFullNestsTheOrganizationAndLocations(TestApp app) {
        JsonNode minimal = contents(app, "&minimal=true").get(0);
        JsonNode plain = contents(app, "").get(0);
        JsonNode full = contents(app, "&full=true").get(0);

        assertThat(minimal.has("attributes")).isFalse();
        assertThat(minimal.has("phones")).isFalse();
        assertThat(minimal.get("name").asText()).isEqualTo(plain.get("name").asText());
        assertThat(plain.has("organization")).isFalse();
        assertThat(full.get("organization").get("name").asText()).isNotBlank();
        assertThat(full.get("service_at_locations")).isNotEmpty();
        assertThat(errors("service", minimal)).isEmpty();
        assertThat(errors("service", full)).isEmpty();
    }

    @Test
    void organizationsAreTheNamedOnesOfTheCatalogWithTheirServices(TestApp app) {
        JsonNode organizations = get(app, "/hsds/organizations").get("contents");

        assertThat(organizations.findValuesAsText("name")).contains("Försäkringskassan", "Migrationsverket")
                .anySatisfy(n -> assertThat(n).startsWith("Regionen")).anySatisfy(n -> assertThat(n).startsWith("Kommunen"));
        for (JsonNode organization : organizations) {
            assertThat(errors("organization", organization)).isEmpty();
            if (organization.get("name").asText().equals("Försäkringskassan")) {
                assertThat(organization.get("website").asText()).isEqualTo("https://www.forsakringskassan.se");
                assertThat(organization.get("services")).singleElement()
                        .satisfies(svc -> assertThat(svc.get("name").asText()).startsWith("Försäkringskassan"));
            }
        }
        int services = 0;
        for (JsonNode organization : organizations) {
            services += organization.get("services").size();
        }
        assertThat(services).as("every service has one organisation").isEqualTo(contents(app, "").size());
    }

    @Test
    void theCentresAreLocationsWithAddressAndCoordinates(TestApp app) {
        JsonNode locations = get(app, "/hsds/locations").get("contents");

        assertThat(locations).hasSize(2).allSatisfy(l -> {
            assertThat(l.get("latitude").isNumber()).isTrue();
            assertThat(l.get("longitude").isNumber()).isTrue();
            JsonNode address = l.get("addresses").get(0);
            assertThat(address.get("address_1").asText()).isNotBlank();
            assertThat(address.get("postal_code").asText()).isNotBlank();
            assertThat(address.get("country").asText()).isEqualTo("SE");
        });
    }

    @Test
    void aParameterLotsenDoesNotImplementIsRefusedNotIgnored(TestApp app) {
        HttpResponse<String> answer = app.get("/hsds/services?postcode=41101", app.key(Role.STAFF));

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(TestApp.json(answer).get("field").asText()).isEqualTo("postcode");
        assertThat(TestApp.json(answer).get("allowed").toString()).contains("search", "taxonomy_term_id");
    }

    @Test
    void aPageFarPastTheLastIsEmptyNotAnError(TestApp app) {
        HttpResponse<String> far = app.get("/hsds/services?page=2147483647&per_page=2", app.key(Role.STAFF));

        assertThat(far.statusCode()).as(far.body()).isEqualTo(200);
        assertThat(TestApp.json(far).get("contents")).isEmpty();
        assertThat(TestApp.json(far).get("empty").asBoolean()).isTrue();
    }
}
