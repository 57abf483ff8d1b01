package se.lotsen.api.interop.hsds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import se.lotsen.api.interop.fhir.Fhir;
import se.lotsen.core.NeedCategory;
import se.lotsen.core.PathwayEngine;
import se.lotsen.core.Text;
import se.lotsen.core.Tier;
import se.lotsen.core.catalog.Access;
import se.lotsen.core.catalog.Centre;
import se.lotsen.core.catalog.Organization;
import se.lotsen.core.catalog.Provider;
import se.lotsen.core.catalog.Service;
import se.lotsen.core.catalog.ServiceCatalog;

/**
 * The active catalog as an HSDS 3.0 directory: services (each with the needs the rule set routes to it and
 * its tier as taxonomy terms), the organisations that run them (named in the catalog, else one per kind
 * of provider), the family centres as locations with address and coordinates, and which services are
 * offered where.
 * Ids are UUIDs derived from the catalog's ids, so they stay the same across versions of a rule set.
 */
final class HsdsDirectory {
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    static final String NEED_TAXONOMY = "lotsen-need";
    static final String TIER_TAXONOMY = "lotsen-tier";

    private final ServiceCatalog catalog;
    private final Map<String, Set<NeedCategory>> needs;
    private final String lastModified;

    HsdsDirectory(PathwayEngine engine) {
        this.catalog = engine.ruleSet().catalog();
        this.needs = ServiceNeeds.of(engine);
        // Lotsen does not track when each service changed: the rule set's effective date is when this catalog took effect.
        LocalDate effective = engine.ruleSet().manifest().effectiveDate();
        this.lastModified = effective == null ? null : effective.atStartOfDay(ZoneOffset.UTC).toInstant().toString();
    }

    static String uuid(String kind, String id) {
        return UUID.nameUUIDFromBytes(("lotsen:" + kind + ":" + id).getBytes(StandardCharsets.UTF_8)).toString();
    }

    List<Hsds.Service> services() {
        return catalog.services().stream().map(s -> service(s, true)).toList();
    }

    /** Every taxonomy term Lotsen uses: the need categories and the tiers. */
    List<Hsds.TaxonomyTerm> taxonomyTerms() {
        List<Hsds.TaxonomyTerm> terms = new ArrayList<>();
        for (NeedCategory need : NeedCategory.values()) {
            terms.add(needTerm(need));
        }
        for (Tier tier : Tier.values()) {
            terms.add(tierTerm(tier));
        }
        return terms;
    }

    List<Hsds.Taxonomy> taxonomies() {
        return List.of(taxonomy(NEED_TAXONOMY), taxonomy(TIER_TAXONOMY));
    }

    static Hsds.Taxonomy taxonomy(String name) {
        return name.equals(NEED_TAXONOMY)
                ? new Hsds.Taxonomy(uuid("taxonomy", NEED_TAXONOMY), "Lotsen: behov",
                        "Behov som föräldrar tar upp på familjecentralen (Lotsens behovskategorier).", Fhir.BASE + "/CodeSystem/need", null)
                : new Hsds.Taxonomy(uuid("taxonomy", TIER_TAXONOMY), "Lotsen: stödnivå",
                        "Proportionerligt stöd: universellt, selektivt, indikerat.", Fhir.BASE + "/CodeSystem/tier", null);
    }

    private static Hsds.TaxonomyTerm needTerm(NeedCategory need) {
        return term(NEED_TAXONOMY, need.name(), need.label());
    }

    private static Hsds.TaxonomyTerm tierTerm(Tier tier) {
        return term(TIER_TAXONOMY, tier.name(), tier.label());
    }

    private static Hsds.TaxonomyTerm term(String taxonomy, String code, Text label) {
        Hsds.Taxonomy detail = taxonomy(taxonomy);
        return new Hsds.TaxonomyTerm(uuid("taxonomy_term", taxonomy + ":" + code), code, label.sv(), label.en(), detail.name(), detail,
                "sv", detail.id(), detail.uri() + "#" + code);
    }

    private List<Hsds.Attribute> attributes(Service s) {
        List<Hsds.TaxonomyTerm> terms = new ArrayList<>();
        needs.getOrDefault(s.id(), Set.of()).forEach(need -> terms.add(needTerm(need)));
        terms.add(tierTerm(s.tier()));
        String serviceId = uuid("service", s.id());
        return terms.stream().map(t -> new Hsds.Attribute(uuid("attribute", s.id() + ":" + t.id()), serviceId, t.id(),
                t.taxonomy().equals(taxonomy(NEED_TAXONOMY).name()) ? "need" : "tier", "service", t.code(), t)).toList();
    }

    Optional<Hsds.Service> service(String id) {
        return catalog.services().stream().filter(s -> uuid("service", s.id()).equals(id) || s.id().equals(id)).findFirst()
                .map(s -> service(s, true));
    }

    List<Hsds.Organization> organizations() {
        Map<String, Organization> owners = new LinkedHashMap<>();
        catalog.services().forEach(s -> owners.putIfAbsent(ownerOf(s).id(), ownerOf(s)));
        return owners.values().stream().map(o -> organization(o, true)).toList();
    }

    /** The organisation that runs a service: one that lists it, else one for its provider, else its provider as a kind. */
    private Organization ownerOf(Service s) {
        return catalog.organizations().stream().filter(o -> o.services().contains(s.id())).findFirst()
                .or(() -> catalog.organizations().stream().filter(o -> o.provider() == s.provider()).findFirst())
                .orElseGet(() -> kind(s.provider()));
    }

    private static Organization kind(Provider provider) {
        Text name = switch (provider) {
            case REGION -> new Text("Regionen (hälso- och sjukvården)", "The region (health care)");
            case MUNICIPALITY -> new Text("Kommunen", "The municipality");
            case NATIONAL -> new Text("Nationella stödlinjer och myndigheter", "National helplines and agencies");
            case NON_PROFIT -> new Text("Ideella organisationer", "Non-profit organisations");
        };
        return new Organization(provider.name(), name, new Text("Tjänsterna i katalogen under " + provider.name() + ".",
                "The services the catalog lists under " + provider.name() + "."), provider, List.of(), null);
    }

    Optional<Hsds.Organization> organization(String id) {
        return organizations().stream().filter(o -> o.id().equals(id)).findFirst();
    }

    List<Hsds.Location> locations() {
        return catalog.centres().stream().map(HsdsDirectory::location).toList();
    }

    Optional<Hsds.Location> location(String id) {
        return locations().stream().filter(l -> l.id().equals(id)).findFirst();
    }

    List<Hsds.ServiceAtLocation> servicesAtLocations() {
        List<Hsds.ServiceAtLocation> all = new ArrayList<>();
        for (Service s : catalog.services()) {
            all.addAll(atLocations(s, true));
        }
        return all;
    }

    Optional<Hsds.ServiceAtLocation> serviceAtLocation(String id) {
        return servicesAtLocations().stream().filter(sal -> sal.id().equals(id)).findFirst();
    }

    private Hsds.Service service(Service s, boolean nested) {
        Access access = s.access();
        return new Hsds.Service(uuid("service", s.id()), uuid("organization", ownerOf(s).id()), s.name().sv(),
                s.name().en(), s.description() == null ? null : s.description().sv(), access == null ? null : access.web(),
                "active", "Tolk bokas genom personalen (tolktjänst).", access == null || access.howTo() == null ? null
                        : access.howTo().sv(), eligibility(s), years(Math.max(0, s.ages().fromMonths())),
                years(s.ages().toMonths()), lastModified, phones(s.id(), access == null ? null : access.phone(), null),
                schedules(s.id(), access == null ? null : access.hours()), languages(s), attributes(s),
                nested ? organization(ownerOf(s), false) : null, nested ? atLocations(s, false) : List.of());
    }

    private Hsds.Organization organization(Organization owner, boolean withServices) {
        Text description = owner.description() == null ? owner.name() : owner.description();
        return new Hsds.Organization(uuid("organization", owner.id()), owner.name().sv(), owner.name().en(), description.sv(),
                owner.website(), withServices ? catalog.services().stream().filter(s -> ownerOf(s).id().equals(owner.id()))
                        .map(s -> service(s, false)).toList() : List.of());
    }

    private static Hsds.Location location(Centre centre) {
        String id = uuid("location", centre.id());
        // HSDS requires every part of an address; a centre without its postal code, city and county gets none.
        List<Hsds.Address> addresses = centre.address() == null || centre.postalCode() == null || centre.city() == null
                || centre.county() == null ? List.of()
                : List.of(new Hsds.Address(uuid("address", centre.id()), id, centre.address(), centre.city(), centre.county(),
                        centre.postalCode(), "SE", "physical"));
        return new Hsds.Location(id, "physical", centre.name().sv(), centre.name().en(), centre.address(), centre.latitude(),
                centre.longitude(), addresses, phones(centre.id(), centre.phone(), null), schedules(centre.id(), centre.hours()));
    }

    private List<Hsds.ServiceAtLocation> atLocations(Service s, boolean withService) {
        List<Hsds.ServiceAtLocation> all = new ArrayList<>();
        for (String centreId : s.centres()) {
            catalog.centre(centreId).ifPresent(centre -> all.add(new Hsds.ServiceAtLocation(
                    uuid("service_at_location", s.id() + "@" + centre.id()), uuid("service", s.id()), uuid("location", centre.id()),
                    s.name().sv() + " på " + centre.name().sv(), location(centre), withService ? service(s, false) : null)));
        }
        return all;
    }

    private static List<Hsds.Phone> phones(String owner, String number, String description) {
        return number == null ? List.of() : List.of(new Hsds.Phone(uuid("phone", owner), number, "voice", description));
    }

    private static List<Hsds.Schedule> schedules(String owner, Text hours) {
        return hours == null ? List.of() : List.of(new Hsds.Schedule(uuid("schedule", owner), hours.sv()));
    }

    private static List<Hsds.Language> languages(Service s) {
        return s.languages().stream().map(code -> new Hsds.Language(uuid("language", s.id() + ":" + code),
                Locale.forLanguageTag(code).getDisplayLanguage(SWEDISH), code)).toList();
    }

    private static String eligibility(Service s) {
        String ages = s.ages().fromMonths() < 0 ? "Blivande föräldrar och barn upp till " + s.ages().toMonths() + " månader."
                : "Barn " + s.ages().fromMonths() + "–" + s.ages().toMonths() + " månader och deras föräldrar.";
        return switch (s.stage()) {
            case ANY -> ages;
            case BEFORE_PRESCHOOL_CLASS -> ages + " Tills barnet börjar förskoleklass.";
            case FROM_PRESCHOOL_CLASS -> ages + " Från förskoleklass.";
        };
    }

    /** HSDS ages are in years; the catalog's are in months. */
    private static BigDecimal years(int months) {
        return BigDecimal.valueOf(months).divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
