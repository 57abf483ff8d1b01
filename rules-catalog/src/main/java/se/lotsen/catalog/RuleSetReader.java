package se.lotsen.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.lotsen.core.ProtectiveFactor;
import se.lotsen.core.RiskFactor;
import se.lotsen.core.catalog.Centre;
import se.lotsen.core.catalog.Service;
import se.lotsen.core.catalog.ServiceCatalog;
import se.lotsen.core.ruleset.RuleFile;
import se.lotsen.core.ruleset.RuleSet;
import se.lotsen.core.ruleset.RuleSetException;
import se.lotsen.core.ruleset.RuleSetException.Problem;
import se.lotsen.core.ruleset.RuleSetManifest;

/** Reads ruleset.yaml, the catalog and the rule files, and checks that they fit together. */
final class RuleSetReader {
    private final RuleSetFiles files;
    private final List<Problem> problems = new ArrayList<>();

    RuleSetReader(RuleSetFiles files) {
        this.files = files;
    }

    RuleSet read() {
        RuleSetManifest manifest = parse(RuleSetFiles.MANIFEST, RuleSetManifest.class);
        ServiceCatalog catalog = parse(RuleSetFiles.CATALOG, ServiceCatalog.class);
        List<RuleFile> ruleFiles = files.paths("rules/", ".drl").stream()
                .map(p -> new RuleFile(p, files.files().get(p))).toList();
        List<RuleFile> tables = files.paths("tables/", ".drl.csv", ".drl.xlsx", ".drl.xls").stream()
                .map(p -> new RuleFile(p, files.files().get(p))).toList();
        for (String ignored : files.paths("tables/", ".csv", ".xlsx", ".xls")) {
            if (tables.stream().noneMatch(t -> t.path().equals(ignored))) {
                problems.add(new Problem(ignored, 0, "a decision table must be named *.drl.csv or *.drl.xlsx, "
                        + "or Drools skips it"));
            }
        }
        if (ruleFiles.isEmpty() && tables.isEmpty()) {
            problems.add(new Problem("rules/", 0, "the rule set has no rule files (rules/*.drl, tables/*.drl.csv)"));
        }
        if (manifest != null && catalog != null) {
            checkManifest(manifest, catalog);
            checkCatalog(catalog);
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        List<RuleFile> all = new ArrayList<>(ruleFiles);
        all.addAll(tables);
        return new RuleSet(manifest, catalog, all);
    }

    private <T> T parse(String path, Class<T> type) {
        String text = files.text(path);
        if (text == null) {
            problems.add(new Problem(path, 0, "is missing"));
            return null;
        }
        try {
            return Yaml.MAPPER.readValue(text, type);
        } catch (JsonProcessingException e) {
            problems.add(Yaml.problem(path, e));
            return null;
        }
    }

    private void checkManifest(RuleSetManifest m, ServiceCatalog catalog) {
        String path = RuleSetFiles.MANIFEST;
        require(m.id() != null && m.id().matches("[A-Za-z0-9._-]{1,64}"), path, "id:",
                "id must be 1-64 letters, digits, dots, dashes or underscores");
        require(m.version() != null && m.version().matches("[A-Za-z0-9._-]{1,64}"), path, "version:",
                "version must be 1-64 letters, digits, dots, dashes or underscores");
        require(m.description() != null, path, "description:", "description (sv, en) is required");
        if (require(m.epds() != null, path, "epds:", "epds (cutoffs, fallbackLanguage, wellAboveMargin) is required")) {
            require(m.epds().cutoffs().containsKey(m.epds().fallbackLanguage()), path, "fallbackLanguage:",
                    "epds.fallbackLanguage must be one of the languages in epds.cutoffs");
            require(m.epds().wellAboveMargin() > 0, path, "wellAboveMargin:", "epds.wellAboveMargin must be above 0");
            m.epds().cutoffs().forEach((language, cutoff) -> require(cutoff != null && cutoff >= 1 && cutoff <= 30,
                    path, language + ":", "EPDS cut-off for " + language + " must be between 1 and 30"));
        }
        if (require(m.risk() != null, path, "risk:", "risk (weights, protectiveWeights, elevatedFrom, highFrom) is required")) {
            Set<RiskFactor> unweighted = EnumSet.allOf(RiskFactor.class);
            unweighted.removeAll(m.risk().weights().keySet());
            require(unweighted.isEmpty(), path, "weights:", "risk.weights has no weight for " + unweighted);
            Set<ProtectiveFactor> unweightedProtective = EnumSet.allOf(ProtectiveFactor.class);
            unweightedProtective.removeAll(m.risk().protectiveWeights().keySet());
            require(unweightedProtective.isEmpty(), path, "protectiveWeights:",
                    "risk.protectiveWeights has no weight for " + unweightedProtective);
            require(m.risk().elevatedFrom() < m.risk().highFrom(), path, "highFrom:",
                    "risk.elevatedFrom must be below risk.highFrom");
        }
        Set<ProtectiveFactor> noAdvice = EnumSet.allOf(ProtectiveFactor.class);
        noAdvice.removeAll(m.protectiveAdvice().keySet());
        require(noAdvice.isEmpty(), path, "protectiveAdvice:", "protectiveAdvice has no text for " + noAdvice);
        if (require(m.safeguarding() != null && m.safeguarding().duty() != null, path, "safeguarding:",
                "safeguarding.duty (sv, en) is required: it states the duty to report")) {
            Set<String> ids = new HashSet<>();
            m.safeguarding().contacts().forEach(c -> require(ids.add(c.id()), path, "id: " + c.id(),
                    "safeguarding contact " + c.id() + " is listed twice"));
        }
        if (require(m.fallback() != null, path, "fallback:", "fallback (service, urgency, reason) is required")) {
            require(catalog.service(m.fallback().service()).isPresent(), path, "service: " + m.fallback().service(),
                    "fallback.service " + m.fallback().service() + " is not in " + RuleSetFiles.CATALOG);
        }
    }

    private void checkCatalog(ServiceCatalog catalog) {
        String path = RuleSetFiles.CATALOG;
        Set<String> ids = new HashSet<>();
        Set<String> centres = new HashSet<>();
        for (Centre centre : catalog.centres()) {
            require(centre.id() != null && centres.add(centre.id()), path, "id: " + centre.id(),
                    "centre " + centre.id() + " has no id or is listed twice");
        }
        require(!catalog.services().isEmpty(), path, "services:", "the catalog has no services");
        for (Service s : catalog.services()) {
            String at = "id: " + s.id();
            if (!require(s.id() != null && s.id().matches("[A-Z][A-Z0-9_]*"), path, "services:",
                    "every service needs an id in capitals, such as BVC_NURSE")) {
                continue;
            }
            require(ids.add(s.id()), path, at, "service " + s.id() + " is listed twice");
            require(s.name() != null && s.description() != null, path, at, s.id() + " needs name and description (sv, en)");
            require(s.tier() != null && s.provider() != null, path, at, s.id() + " needs a tier and a provider");
            require(s.access() != null && s.access().howTo() != null, path, at, s.id() + " needs access with howTo (sv, en)");
            if (require(s.ages() != null, path, at, s.id() + " needs ages (fromMonths, toMonths)")) {
                require(s.ages().fromMonths() >= -1 && s.ages().toMonths() <= 83
                                && s.ages().fromMonths() <= s.ages().toMonths(), path, at,
                        s.id() + " ages must lie within -1 (expecting) to 83 months, from <= to");
            }
            s.centres().forEach(c -> require(centres.contains(c), path, at,
                    s.id() + " is offered at centre " + c + ", which the catalog does not list"));
        }
    }

    private boolean require(boolean condition, String path, String near, String message) {
        if (!condition) {
            problems.add(new Problem(path, lineOf(path, near), message));
        }
        return condition;
    }

    /** The first line holding {@code near}, so a policy owner is sent to the right place in the file. */
    private int lineOf(String path, String near) {
        String text = files.text(path);
        if (text == null) {
            return 0;
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(near)) {
                return i + 1;
            }
        }
        return 0;
    }
}
