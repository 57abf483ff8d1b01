package se.lotsen.core.catalog;

/**
 * What a step to a service is, which decides how escalation may change it: a contact with a person
 * can come sooner; a programme (a group, a series of home visits) never starts the same day;
 * information the parent uses alone stays universal.
 */
public enum ServiceKind {
    CONTACT,
    PROGRAMME,
    INFORMATION
}
