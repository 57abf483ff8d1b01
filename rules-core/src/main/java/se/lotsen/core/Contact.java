package se.lotsen.core;

import java.time.LocalDate;

/**
 * A line to call, such as Kvinnofridslinjen or 112.
 *
 * @param forWhom who the line is for (women subjected to violence, anyone, people who use violence)
 * @param web     where to chat or read more, when the line has a page for it (null: none)
 * @param checked when a policy owner last checked the number and the page
 */
public record Contact(String id, Text name, String phone, String web, Text when, Text forWhom, LocalDate checked) {
    public Contact(String id, Text name, String phone, Text when, Text forWhom, LocalDate checked) {
        this(id, name, phone, null, when, forWhom, checked);
    }
}
