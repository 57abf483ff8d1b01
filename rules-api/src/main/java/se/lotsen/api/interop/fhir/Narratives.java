package se.lotsen.api.interop.fhir;

import java.util.List;
import org.hl7.fhir.r4.model.Narrative;

/**
 * Generated narratives ({@code text.div}): a heading line and a list, in plain XHTML that FHIR's
 * narrative rules allow (no scripts, no styles, no links). Only for resources that stand alone: a
 * contained resource must not carry one (invariant dom-1), its container's narrative covers it.
 */
final class Narratives {
    private Narratives() {
    }

    static Narrative of(String heading, List<String> lines) {
        StringBuilder div = new StringBuilder("<div xmlns=\"http://www.w3.org/1999/xhtml\"><p><b>").append(escape(heading)).append("</b></p>");
        if (!lines.isEmpty()) {
            div.append("<ul>");
            lines.forEach(line -> div.append("<li>").append(escape(line)).append("</li>"));
            div.append("</ul>");
        }
        Narrative narrative = new Narrative();
        narrative.setStatus(Narrative.NarrativeStatus.GENERATED);
        narrative.setDivAsString(div.append("</div>").toString());
        return narrative;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
