package se.lotsen.core.catalog;

import java.math.BigDecimal;
import se.lotsen.core.Text;

/**
 * A family centre (familjecentral) that uses the rule set, with its own contact details for the
 * parent's handout and, where the catalog gives them, its postal address and coordinates (WGS 84) for
 * service directories (HSDS locations). {@code county} is the län, HSDS's state_province.
 */
public record Centre(String id, Text name, String phone, String address, Text hours, String postalCode, String city, String county,
                     BigDecimal latitude, BigDecimal longitude) {
    /** A centre without a postal address or coordinates. */
    public Centre(String id, Text name, String phone, String address, Text hours) {
        this(id, name, phone, address, hours, null, null, null, null, null);
    }
}
