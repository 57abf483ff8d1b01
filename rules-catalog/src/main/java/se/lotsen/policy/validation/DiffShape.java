package se.lotsen.policy.validation;

import java.util.ArrayList;
import java.util.List;
import se.lotsen.core.Need;
import se.lotsen.core.SuggestionRequest;
import se.lotsen.core.Text;
import se.lotsen.core.catalog.Service;
import se.lotsen.core.catalog.ServiceCatalog;

/**
 * How one family's pathway changes, in the terms a comparison is grouped and filtered by: its needs with their
 * severity, its age band, the services it loses and gains, whether safeguarding changes, and what kind of change it is
 * (other services, the same services in other steps, or only texts). Families with the same shape form one group.
 *
 * @param needs        "SLEEP:MILD", one per need, in the request's order
 * @param ageBand      "expecting", "0–11", "12–35", "36–71" or "72–…" (the analysis's bands)
 * @param lost         services in the pathway before and not after, by id
 * @param gained       services after and not before
 * @param kind         {@code services}, {@code steps} (the same services, another urgency, tier or order) or {@code texts}
 * @param safeguarding whether the concern, its contacts or a safeguarding step changes
 * @param says         the shape in words, sv and en ("med behov Sömn (Lindrig), 0–11 mån: BVC-sjuksköterska → Öppna förskolan")
 */
public record DiffShape(List<String> needs, String ageBand, List<String> lost, List<String> gained, String kind, boolean safeguarding,
                        Text says) {

    /** Services' names in both rule sets (a service the newer one dropped still has the older one's name). */
    record Names(ServiceCatalog newer, ServiceCatalog older) {
        Text of(String id) {
            return newer.service(id).or(() -> older.service(id)).map(Service::name).orElse(new Text(id, id));
        }
    }

    /** The group a change belongs to: families with the same key differ in the same way. */
    public String key() {
        return String.join(",", needs) + "|" + ageBand + "|" + String.join(",", lost) + ">" + String.join(",", gained) + "|" + kind
                + "|" + (safeguarding ? "safeguarding" : "");
    }

    static DiffShape of(SuggestionRequest request, List<String> before, List<String> after, boolean stepsDiffer, boolean safeguarding,
                        Names names) {
        List<String> needs = request.needs().stream().map(n -> n.category().name() + ":" + n.severity().name()).toList();
        String band = Analyzer.band(request.expectingChild() || request.childAgeMonths() == null ? -1 : request.childAgeMonths());
        List<String> lost = before.stream().filter(s -> !after.contains(s)).distinct().toList();
        List<String> gained = after.stream().filter(s -> !before.contains(s)).distinct().toList();
        String kind = !lost.isEmpty() || !gained.isEmpty() ? "services" : stepsDiffer ? "steps" : "texts";
        return new DiffShape(needs, band, lost, gained, kind, safeguarding, says(request.needs(), band, lost, gained, kind, safeguarding, names));
    }

    private static Text says(List<Need> needs, String band, List<String> lost, List<String> gained, String kind, boolean safeguarding,
                             Names names) {
        List<String> sv = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (Need n : needs) {
            sv.add(n.category().label().sv() + " (" + n.severity().label().sv() + ")");
            en.add(n.category().label().en() + " (" + n.severity().label().en() + ")");
        }
        String whoSv = (needs.isEmpty() ? "utan behov" : "med behov " + String.join(", ", sv)) + ", " + bandSv(band);
        String whoEn = (needs.isEmpty() ? "with no needs" : "with needs " + String.join(", ", en)) + ", " + bandEn(band);
        String whatSv = switch (kind) {
            case "services" -> names(lost, names, true) + " → " + names(gained, names, true);
            case "steps" -> "samma tjänster, annan brådska, nivå eller ordning";
            default -> "samma steg, andra texter";
        };
        String whatEn = switch (kind) {
            case "services" -> names(lost, names, false) + " → " + names(gained, names, false);
            case "steps" -> "the same services, another urgency, tier or order";
            default -> "the same steps, other texts";
        };
        return new Text(whoSv + ": " + whatSv + (safeguarding ? " (skyddet ändras)" : ""),
                whoEn + ": " + whatEn + (safeguarding ? " (safeguarding changes)" : ""));
    }

    private static String names(List<String> ids, Names names, boolean swedish) {
        return ids.isEmpty() ? (swedish ? "inget" : "nothing")
                : String.join(", ", ids.stream().map(id -> swedish ? names.of(id).sv() : names.of(id).en()).toList());
    }

    static String bandSv(String band) {
        return band.equals("expecting") ? "väntar barn" : band + " mån";
    }

    static String bandEn(String band) {
        return band.equals("expecting") ? "expecting" : band + " months";
    }
}
