package se.lotsen.core;

import java.util.List;
import se.lotsen.core.catalog.Access;

/** The part of a catalog service a step shows: who it is and how to reach it. */
public record ServiceRef(String id, Text name, Access access, List<String> languages) {
    public ServiceRef {
        languages = List.copyOf(languages);
    }
}
