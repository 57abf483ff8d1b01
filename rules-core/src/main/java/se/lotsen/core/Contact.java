package se.lotsen.core;

/** A line to call, such as Kvinnofridslinjen or 112. */
public record Contact(String id, Text name, String phone, Text when) {
}
