package se.lotsen.api.interop.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.util.Locale;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.StringType;
import se.lotsen.core.Text;

/**
 * FHIR R4 through HAPI's structures: one context for the application (building it scans the model,
 * so it is built on first use, not at start), Lotsen's canonical addresses, and the translation
 * extension that carries English beside Swedish.
 */
public final class Fhir {
    /** The namespace of Lotsen's canonical URLs: a name for code systems and forms, never fetched. */
    public static final String BASE = "https://lotsen.se/fhir";
    public static final String MEDIA_TYPE = "application/fhir+json";
    static final String TRANSLATION = "http://hl7.org/fhir/StructureDefinition/translation";
    static final String LOINC = "http://loinc.org";

    private Fhir() {
    }

    private static final class Holder {
        static final FhirContext CONTEXT = FhirContext.forR4();
    }

    public static FhirContext context() {
        return Holder.CONTEXT;
    }

    public static IParser json() {
        return context().newJsonParser().setPrettyPrint(true).setOmitResourceId(false);
    }

    public static String toJson(IBaseResource resource) {
        return json().encodeResourceToString(resource);
    }

    static String codeSystem(String name) {
        return BASE + "/CodeSystem/" + name;
    }

    static String valueSet(String name) {
        return BASE + "/ValueSet/" + name;
    }

    /** A FHIR id for a catalog id: ids allow letters, digits, '-' and '.', so BVC_NURSE becomes bvc-nurse. */
    public static String id(String catalogId) {
        return catalogId.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A Swedish string with its English translation (the translation extension), as FHIR carries languages. */
    static StringType swedishWithEnglish(Text text) {
        StringType value = new StringType(text.sv());
        value.addExtension(translation(text.en()));
        return value;
    }

    static Extension translation(String english) {
        Extension translation = new Extension(TRANSLATION);
        translation.addExtension("lang", new CodeType("en"));
        translation.addExtension("content", new StringType(english));
        return translation;
    }
}
