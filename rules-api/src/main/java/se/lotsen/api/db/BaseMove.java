package se.lotsen.api.db;

/**
 * A base change that reached a tenant: from which base version to which ("id version"), whether the region moved
 * every tenant as a safety correction (1) or the tenant's policy owner accepted it (0), and the diff of the tenant's
 * pathways it caused (JSON).
 */
public record BaseMove(String movedAt, String fromBase, String toBase, int safety, String movedBy, String diffJson) {
}
