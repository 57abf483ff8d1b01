package se.lotsen.core;

import java.util.List;
import se.lotsen.core.catalog.Access;
import se.lotsen.core.catalog.ServiceKind;

/** The part of a catalog service a step shows: who it is, what kind of step, and how to reach it. */
public record ServiceRef(String id, Text name, ServiceKind kind, Access access, List<String> languages) {
    public ServiceRef {
        languages = List.copyOf(languages);
    }
}
