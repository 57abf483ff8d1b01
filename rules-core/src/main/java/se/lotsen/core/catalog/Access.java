package se.lotsen.core.catalog;

import java.util.List;
import se.lotsen.core.Text;

/**
 * How a family reaches a service: the ways in, what to do, and where and when it can be reached.
 *
 * @param modes   drop-in, booking, phone, online, referral from staff
 * @param phone   a number to call, if there is one
 * @param howTo   what the parent does, speaking to the parent ("du")
 * @param address where it is, if it has a place the parent goes to
 * @param hours   opening or phone hours
 * @param web     a web address with more information
 */
public record Access(List<AccessMode> modes, String phone, Text howTo, String address, Text hours, String web) {
    public Access {
        modes = modes == null ? List.of() : List.copyOf(modes);
    }
}
