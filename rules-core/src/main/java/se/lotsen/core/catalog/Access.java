package se.lotsen.core.catalog;

import java.util.List;
import se.lotsen.core.Text;

/** How a family reaches a service: the ways in, a phone number if there is one, and what to say. */
public record Access(List<AccessMode> modes, String phone, Text howTo) {
    public Access {
        modes = modes == null ? List.of() : List.copyOf(modes);
    }
}
