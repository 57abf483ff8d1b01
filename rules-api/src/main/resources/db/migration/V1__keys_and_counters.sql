-- Lotsen's store holds no request and nothing that identifies a family.
-- Portable SQL: the same schema runs on SQLite (embedded default) and PostgreSQL.

-- API keys: only a SHA-256 hash of each key is kept; the key itself is shown once, at creation.
CREATE TABLE api_keys (
    id          VARCHAR(32)  NOT NULL PRIMARY KEY,
    label       VARCHAR(200) NOT NULL,
    role        VARCHAR(20)  NOT NULL,
    key_hash    VARCHAR(64)  NOT NULL UNIQUE,
    created_at  VARCHAR(40)  NOT NULL,
    revoked_at  VARCHAR(40)
);

-- Anonymous counters for the learning evaluation: how often a service was suggested, by week,
-- centre, need, risk level and urgency. Never a request, never a time finer than the ISO week.
CREATE TABLE suggestion_counts (
    iso_week    VARCHAR(8)  NOT NULL,
    centre      VARCHAR(40) NOT NULL,
    need        VARCHAR(40) NOT NULL,
    risk_level  VARCHAR(10) NOT NULL,
    service     VARCHAR(60) NOT NULL,
    urgency     VARCHAR(20) NOT NULL,
    count       BIGINT      NOT NULL,
    PRIMARY KEY (iso_week, centre, need, risk_level, service, urgency)
);
