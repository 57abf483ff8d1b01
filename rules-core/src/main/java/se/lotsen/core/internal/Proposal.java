package se.lotsen.core.internal;

/**
 * A step one rule proposes. Mutable only while its rule fires, so a decision-table row can fill it
 * column by column; {@link PathwayAssembler} checks that it is complete.
 */
public final class Proposal {
    private final String ruleId;
    private final String needCategory;
    private final String service;
    private final boolean safeguarding;
    private String urgency;
    private String tier;
    private String sv;
    private String en;

    Proposal(String ruleId, String needCategory, String service, boolean safeguarding) {
        this.ruleId = ruleId;
        this.needCategory = needCategory;
        this.service = service;
        this.safeguarding = safeguarding;
    }

    public Proposal urgency(String value) {
        this.urgency = value;
        return this;
    }

    public Proposal tier(String value) {
        this.tier = value;
        return this;
    }

    public Proposal sv(String value) {
        this.sv = value;
        return this;
    }

    public Proposal en(String value) {
        this.en = value;
        return this;
    }

    String ruleId() {
        return ruleId;
    }

    String needCategory() {
        return needCategory;
    }

    String service() {
        return service;
    }

    boolean safeguarding() {
        return safeguarding;
    }

    String urgency() {
        return urgency;
    }

    String tier() {
        return tier;
    }

    String sv() {
        return sv;
    }

    String en() {
        return en;
    }
}
