package se.lotsen.core;

/**
 * What one safeguarding trigger is, said first: self-harm thoughts lead with the parent's own safety,
 * violence with the child who lives with it. Rule data ({@code safeguarding.triggers} in ruleset.yaml).
 *
 * @param trigger the trigger's id in the rule set, such as {@code SELF_HARM} or {@code VIOLENCE}
 */
public record SafeguardingLead(String trigger, String sv, String en) {
}
