package se.lotsen.core;

import jakarta.validation.Valid;

/** Screening results; EPDS is the only one so far. */
public record Screenings(@Valid Epds epds) {
}
