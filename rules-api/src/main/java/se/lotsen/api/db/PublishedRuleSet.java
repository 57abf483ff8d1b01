package se.lotsen.api.db;

import org.jdbi.v3.core.mapper.reflect.JdbiConstructor;

/**
 * A published rule set as stored: its zip (base64) and its validation report (JSON).
 *
 * @param base     what a layer extends ("id version": the base version it was validated on), or null
 * @param baseHash the hash of that base version: the layer is pinned to it, and compiled only on a base with this hash
 */
public record PublishedRuleSet(String ruleSetId, String version, String hash, String base, String publishedAt,
                               String publishedBy, String zipBase64, String reportJson, String baseHash) {
    @JdbiConstructor
    public PublishedRuleSet {
    }

    public PublishedRuleSet(String ruleSetId, String version, String hash, String base, String publishedAt,
                            String publishedBy, String zipBase64, String reportJson) {
        this(ruleSetId, version, hash, base, publishedAt, publishedBy, zipBase64, reportJson, null);
    }
}
