package se.lotsen.core;

import java.time.LocalDate;

/**
 * A line to call, such as Kvinnofridslinjen or 112.
 *
 * @param forWhom who the line is for (women subjected to violence, anyone, people who use violence)
 * @param checked when a policy owner last checked the number
 */
public record Contact(String id, Text name, String phone, Text when, Text forWhom, LocalDate checked) {
}
