package se.lotsen.api.resources;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import se.lotsen.core.InvalidRequestException;
import se.lotsen.core.NeedCategory;
import se.lotsen.core.Severity;
import se.lotsen.core.SuggestionRequest;
import se.lotsen.core.Violation;
import se.lotsen.policy.validation.DiffFilter;
import se.lotsen.policy.validation.RuleSetDiff;

/**
 * A comparison's query: which page, which families (by need, age band, service gained or lost, safeguarding, or one
 * group), and whether as JSON, CSV or XLSX. A value that is not allowed is refused with the words that are.
 */
public class DiffQuery {
    static final List<String> AGE_BANDS = List.of("expecting", "0–11", "12–35", "36–71", "72–" + SuggestionRequest.MAX_CHILD_AGE_MONTHS);
    static final List<String> FORMATS = List.of("json", "csv", "xlsx");

    @QueryParam("page")
    @DefaultValue("1")
    public int page;

    @QueryParam("per_page")
    @DefaultValue("" + RuleSetDiff.PER_PAGE)
    public int perPage;

    /** A need's code ("SLEEP"), or with its severity ("SLEEP:MILD"). */
    @QueryParam("need")
    public String need;

    @QueryParam("age_band")
    public String ageBand;

    /** A service id gained or lost. */
    @QueryParam("service")
    public String service;

    /** "gained" or "lost"; without it, either. */
    @QueryParam("service_change")
    public String serviceChange;

    @QueryParam("safeguarding")
    public Boolean safeguarding;

    @QueryParam("group")
    public String group;

    /** json (a page), csv or xlsx (every family that matches). */
    @QueryParam("format")
    @DefaultValue("json")
    public String format;

    /** The language of a file's headings and groups: sv or en. */
    @QueryParam("lang")
    @DefaultValue("sv")
    public String lang;

    DiffFilter filter() {
        List<Violation> wrong = new ArrayList<>();
        if (need != null && !need.isBlank() && !needs().contains(need.toUpperCase(Locale.ROOT))) {
            wrong.add(new Violation("need", "is not a need, or a need:severity", needs()));
        }
        String band = ageBand == null ? null : ageBand.strip().replace('-', '–');
        if (band != null && !band.isEmpty() && !AGE_BANDS.contains(band)) {
            wrong.add(new Violation("age_band", "is not an age band", AGE_BANDS));
        }
        if (serviceChange != null && !serviceChange.isBlank() && !List.of("gained", "lost").contains(serviceChange)) {
            wrong.add(new Violation("service_change", "must be gained or lost", List.of("gained", "lost")));
        }
        if (!FORMATS.contains(format)) {
            wrong.add(new Violation("format", "is not a format the comparison comes in", FORMATS));
        }
        if (!List.of("sv", "en").contains(lang)) {
            wrong.add(new Violation("lang", "must be sv or en", List.of("sv", "en")));
        }
        if (!wrong.isEmpty()) {
            throw new InvalidRequestException(wrong);
        }
        return new DiffFilter(need, band, service, serviceChange, safeguarding, group);
    }

    private static List<String> needs() {
        List<String> codes = new ArrayList<>();
        for (NeedCategory category : NeedCategory.values()) {
            codes.add(category.name());
            Arrays.stream(Severity.values()).forEach(s -> codes.add(category.name() + ":" + s.name()));
        }
        return codes;
    }
}
