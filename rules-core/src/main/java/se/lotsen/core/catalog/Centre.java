package se.lotsen.core.catalog;

import se.lotsen.core.Text;

/**
 * A family centre (familjecentral) that uses the rule set, with its own contact details for the
 * parent's handout.
 */
public record Centre(String id, Text name, String phone, String address, Text hours) {
}
