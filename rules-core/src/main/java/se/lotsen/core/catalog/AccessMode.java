package se.lotsen.core.catalog;

/** A way into a service. */
public enum AccessMode {
    DROP_IN,
    BOOKING,
    PHONE,
    ONLINE,
    STAFF_REFERRAL
}
