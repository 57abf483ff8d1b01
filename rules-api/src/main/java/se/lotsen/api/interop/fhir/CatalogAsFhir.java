package se.lotsen.api.interop.fhir;

import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.Reference;
import se.lotsen.core.catalog.Centre;
import se.lotsen.core.catalog.Service;
import se.lotsen.core.catalog.ServiceCatalog;

/** The active service catalog as FHIR HealthcareService resources, ids derived from the catalog ids. */
final class CatalogAsFhir {
    private CatalogAsFhir() {
    }

    static Bundle all(ServiceCatalog catalog, String base) {
        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.SEARCHSET);
        bundle.setTotal(catalog.services().size());
        for (Service service : catalog.services()) {
            HealthcareService resource = of(service, catalog);
            bundle.addEntry().setFullUrl(base + "/HealthcareService/" + resource.getIdElement().getIdPart()).setResource(resource)
                    .getSearch().setMode(Bundle.SearchEntryMode.MATCH);
        }
        return bundle;
    }

    static Optional<HealthcareService> one(ServiceCatalog catalog, String fhirId) {
        return catalog.services().stream().filter(s -> Fhir.id(s.id()).equals(fhirId)).findFirst().map(s -> of(s, catalog));
    }

    static HealthcareService of(Service service, ServiceCatalog catalog) {
        HealthcareService resource = new HealthcareService();
        resource.setId(Fhir.id(service.id()));
        resource.setActive(true);
        resource.setLanguage("sv");
        resource.addIdentifier().setSystem(Fhir.codeSystem("service")).setValue(service.id());
        resource.setNameElement(Fhir.swedishWithEnglish(service.name()));
        if (service.description() != null) {
            resource.setCommentElement(Fhir.swedishWithEnglish(service.description()));
        }
        resource.addType(new CodeableConcept(new Coding(Fhir.codeSystem("service"), service.id(), service.name().sv())));
        resource.addCategory(new CodeableConcept(new Coding(Fhir.codeSystem(FhirCodes.TIER), service.tier().name(),
                service.tier().label().sv())));
        resource.setProvidedBy(new Reference().setDisplay(service.provider().name()));
        if (service.access() != null) {
            if (service.access().phone() != null) {
                resource.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(service.access().phone());
            }
            if (service.access().web() != null) {
                resource.addTelecom().setSystem(ContactPoint.ContactPointSystem.URL).setValue(service.access().web());
            }
            if (service.access().howTo() != null) {
                resource.setExtraDetails(service.access().howTo().sv());
            }
            if (service.access().hours() != null) {
                resource.setAvailabilityExceptions(service.access().hours().sv());
            }
        }
        for (String language : service.languages()) {
            resource.addCommunication(new CodeableConcept(new Coding("urn:ietf:bcp:47", language, null)));
        }
        resource.addEligibility().setComment("Barnets ålder " + service.ages().fromMonths() + "–" + service.ages().toMonths()
                + " månader (-1: familjen väntar barn)");
        for (String centreId : service.centres()) {
            catalog.centre(centreId).map(Centre::name)
                    .ifPresent(name -> resource.addLocation(new Reference().setDisplay(name.sv())));
        }
        return resource;
    }
}
