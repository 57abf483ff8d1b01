package se.lotsen.api;

import io.swagger.v3.jaxrs2.integration.resources.OpenApiResource;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.lotsen.api.handout.HandoutResource;
import se.lotsen.api.interop.cdshooks.CdsHooksResource;
import se.lotsen.api.interop.fhir.FhirMetadataResource;
import se.lotsen.api.interop.fhir.FhirResource;
import se.lotsen.api.interop.hsds.HsdsResource;
import se.lotsen.api.resources.BaseUpdateResource;
import se.lotsen.api.resources.CodesResource;
import se.lotsen.api.resources.EvaluationResource;
import se.lotsen.api.resources.FollowUpResource;
import se.lotsen.api.resources.PathwayResource;
import se.lotsen.api.resources.RuleSetResource;
import se.lotsen.api.resources.ServiceResource;
import se.lotsen.api.resources.StatsResource;
import se.lotsen.api.resources.TenantResource;

/** GET /openapi.json: the API description, generated from the resources' annotations. */
final class OpenApi {
    private OpenApi() {
    }

    static OpenApiResource resource() {
        Set<String> resources = Stream.of(PathwayResource.class, CodesResource.class, ServiceResource.class,
                        StatsResource.class, EvaluationResource.class, FollowUpResource.class, HandoutResource.class,
                        RuleSetResource.class, FhirResource.class, FhirMetadataResource.class, CdsHooksResource.class,
                        HsdsResource.class, TenantResource.class, BaseUpdateResource.class)
                .map(Class::getName).collect(Collectors.toSet());
        OpenAPI description = new OpenAPI().info(new Info().title("Lotsen").version("1")
                        .description("Referral pathways for Swedish family centres. Requests carry codes, numbers and "
                                + "booleans only; no personal data. Every call but this description and the parent's "
                                + "page (/f/{reference}) needs an API key: Authorization: Bearer KEY. Also spoken: "
                                + "FHIR R4 (/fhir), CDS Hooks 2.0 (/cds-services) and Open Referral HSDS 3.0 (/hsds)."))
                .components(new Components().addSecuritySchemes("apiKey",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("apiKey"));
        SwaggerConfiguration config = new SwaggerConfiguration().openAPI(description).prettyPrint(true)
                .resourceClasses(resources).cacheTTL(-1L);
        OpenApiResource resource = new OpenApiResource();
        resource.openApiConfiguration(config);
        return resource;
    }
}
