package se.lotsen.api.db;

import java.util.regex.Pattern;

/**
 * Whose data it is: a region (its rule set is the base; {@code region} null) or a municipality the region serves
 * (its rule set is a layer on the region's base, or the base itself).
 */
public record Tenant(String id, String region, String nameSv, String nameEn) {
    /** The tenant today's single-tenant store becomes: a region of its own. */
    public static final String DEFAULT = "default";
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    public Tenant {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a tenant id is 1-40 lower-case letters, digits or '-', starting with a letter: " + id);
        }
        if (region != null && !ID.matcher(region).matches()) {
            throw new IllegalArgumentException("not a region id: " + region);
        }
    }

    public boolean isRegion() {
        return region == null;
    }

    /** The region whose base this tenant's rule set builds on (itself for a region). */
    public String regionId() {
        return region == null ? id : region;
    }

    public static boolean validId(String id) {
        return id != null && ID.matcher(id).matches();
    }
}
