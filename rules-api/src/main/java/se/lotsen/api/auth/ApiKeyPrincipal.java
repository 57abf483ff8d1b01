package se.lotsen.api.auth;

import java.security.Principal;
import se.lotsen.api.db.Tenant;

/** The caller behind an API key: the key's id, its label, its role and the tenant it belongs to. Never the key itself. */
public record ApiKeyPrincipal(String id, String label, Role role, String tenant) implements Principal {
    public ApiKeyPrincipal(String id, String label, Role role) {
        this(id, label, role, Tenant.DEFAULT);
    }

    @Override
    public String getName() {
        return id;
    }
}
