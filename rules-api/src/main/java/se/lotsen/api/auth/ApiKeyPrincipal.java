package se.lotsen.api.auth;

import java.security.Principal;

/** The caller behind an API key: the key's id, its label and its role. Never the key itself. */
public record ApiKeyPrincipal(String id, String label, Role role) implements Principal {
    @Override
    public String getName() {
        return id;
    }
}
