-- Every published rule set is kept (as a base64 zip, portable across SQLite and PostgreSQL),
-- with its validation report, so a restart serves the active one and any can be re-activated.
CREATE TABLE rule_set_versions (
    version       VARCHAR(64)  NOT NULL PRIMARY KEY,
    rule_set_id   VARCHAR(64)  NOT NULL,
    hash          VARCHAR(64)  NOT NULL,
    published_at  VARCHAR(40)  NOT NULL,
    published_by  VARCHAR(200) NOT NULL,
    zip_base64    TEXT         NOT NULL,
    report_json   TEXT         NOT NULL
);

-- One row: which version serves now.
CREATE TABLE active_rule_set (
    singleton     INTEGER      NOT NULL PRIMARY KEY CHECK (singleton = 1),
    version       VARCHAR(64)  NOT NULL REFERENCES rule_set_versions (version),
    activated_at  VARCHAR(40)  NOT NULL,
    activated_by  VARCHAR(200) NOT NULL
);
