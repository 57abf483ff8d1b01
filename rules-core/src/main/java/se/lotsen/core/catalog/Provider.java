package se.lotsen.core.catalog;

/** Who runs a service. */
public enum Provider {
    REGION,
    MUNICIPALITY,
    NATIONAL,
    NON_PROFIT
}
