package se.lotsen.core.catalog;

import se.lotsen.core.Text;

/** A family centre (familjecentral) that uses the rule set. */
public record Centre(String id, Text name) {
}
