package se.lotsen.policy.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import se.lotsen.core.Epds;
import se.lotsen.core.Labelled;
import se.lotsen.core.Need;
import se.lotsen.core.SuggestionRequest;
import se.lotsen.core.Text;

/** A scenario's family in words, as the Scenarier sheet writes it: "6 mån; Sömn: Måttlig; riskfaktorer: Social isolering". */
public final class FamilyText {
    private FamilyText() {
    }

    public static Text of(SuggestionRequest r) {
        List<String> sv = new ArrayList<>();
        List<String> en = new ArrayList<>();
        if (r.expectingChild()) {
            sv.add("väntar barn");
            en.add("expecting a child");
        } else if (r.childAgeWeeks() != null) {
            sv.add(r.childAgeWeeks() + " veckor");
            en.add(r.childAgeWeeks() + " weeks");
        } else if (r.childAgeMonths() != null) {
            sv.add(r.childAgeMonths() + " mån");
            en.add(r.childAgeMonths() + " months");
        }
        for (Need need : r.needs()) {
            sv.add(need.category().label().sv() + ": " + need.severity().label().sv());
            en.add(need.category().label().en() + ": " + need.severity().label().en());
        }
        list(sv, en, "riskfaktorer", "risk factors", r.riskFactors(), Labelled::label);
        list(sv, en, "skyddsfaktorer", "protective factors", r.protectiveFactors(), Labelled::label);
        Epds epds = r.screenings() == null ? null : r.screenings().epds();
        if (epds != null) {
            String total = epds.items() == null ? String.valueOf(epds.total())
                    : String.valueOf(epds.items().stream().mapToInt(i -> i == null ? 0 : i).sum());
            String item10 = epds.items() == null ? String.valueOf(epds.item10())
                    : epds.items().isEmpty() ? "?" : String.valueOf(epds.items().get(epds.items().size() - 1));
            sv.add("EPDS " + total + " (fråga 10: " + item10 + ", formulär " + epds.language() + ")");
            en.add("EPDS " + total + " (item 10: " + item10 + ", form " + epds.language() + ")");
        }
        if (r.language() != null) {
            sv.add("språk " + r.language());
            en.add("language " + r.language());
        }
        if (r.centre() != null) {
            sv.add("familjecentral " + r.centre());
            en.add("centre " + r.centre());
        }
        return new Text(String.join("; ", sv), String.join("; ", en));
    }

    private static <T> void list(List<String> sv, List<String> en, String headSv, String headEn, List<T> codes,
                                 Function<T, Text> label) {
        if (!codes.isEmpty()) {
            sv.add(headSv + ": " + String.join(", ", codes.stream().map(c -> label.apply(c).sv()).toList()));
            en.add(headEn + ": " + String.join(", ", codes.stream().map(c -> label.apply(c).en()).toList()));
        }
    }
}
