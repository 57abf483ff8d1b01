package se.lotsen.api.auth;

/** Who may call what (README.md, "API"): staff and systems ask for pathways; policy owners manage rules and read statistics. */
public enum Role {
    STAFF,
    SYSTEM,
    POLICY_OWNER
}
