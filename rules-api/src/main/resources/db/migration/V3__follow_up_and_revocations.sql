-- Rule sets are named by id and version: a municipality's layer and the default it extends may
-- share a version string. The content is unchanged; only the key grows.
CREATE TABLE published_rule_sets (
    rule_set_id   VARCHAR(64)  NOT NULL,
    version       VARCHAR(64)  NOT NULL,
    hash          VARCHAR(64)  NOT NULL,
    base          VARCHAR(140),
    published_at  VARCHAR(40)  NOT NULL,
    published_by  VARCHAR(200) NOT NULL,
    zip_base64    TEXT         NOT NULL,
    report_json   TEXT         NOT NULL,
    PRIMARY KEY (rule_set_id, version)
);
INSERT INTO published_rule_sets (rule_set_id, version, hash, base, published_at, published_by, zip_base64, report_json)
    SELECT rule_set_id, version, hash, NULL, published_at, published_by, zip_base64, report_json FROM rule_set_versions;

CREATE TABLE active_published_rule_set (
    singleton     INTEGER      NOT NULL PRIMARY KEY CHECK (singleton = 1),
    rule_set_id   VARCHAR(64)  NOT NULL,
    version       VARCHAR(64)  NOT NULL,
    activated_at  VARCHAR(40)  NOT NULL,
    activated_by  VARCHAR(200) NOT NULL
);
INSERT INTO active_published_rule_set (singleton, rule_set_id, version, activated_at, activated_by)
    SELECT 1, v.rule_set_id, a.version, a.activated_at, a.activated_by
    FROM active_rule_set a JOIN rule_set_versions v ON v.version = a.version;

DROP TABLE active_rule_set;
DROP TABLE rule_set_versions;

-- Every node caches authenticated keys; a revocation bumps this number, which every node polls,
-- so a revoked key stops working everywhere within a second.
CREATE TABLE key_revocations (
    singleton  INTEGER NOT NULL PRIMARY KEY CHECK (singleton = 1),
    revision   BIGINT  NOT NULL
);
INSERT INTO key_revocations (singleton, revision) VALUES (1, 0);

-- Anonymous follow-up. A pathway's reference is an unguessable capability the parent holds; the
-- store keeps only its SHA-256 and what outcomes are counted by: the ISO week, the centre and each
-- step's service, urgency and the rules behind it (as JSON, one row a pathway), and which outcomes
-- have been answered for each step. Never the request. After 90 days the row is deleted; the counts
-- it fed stay.
CREATE TABLE follow_up_references (
    reference_hash  VARCHAR(64)   NOT NULL PRIMARY KEY,
    iso_week        VARCHAR(8)    NOT NULL,
    centre          VARCHAR(40)   NOT NULL,
    expires_on      VARCHAR(10)   NOT NULL,
    steps           VARCHAR(4000) NOT NULL,
    answered        VARCHAR(1000) NOT NULL
);

-- The counts for the learning evaluation, by the week the pathway was suggested, the centre, and a
-- service or a rule: how often it was suggested, followed up, and with which outcome. Also the
-- answers journal systems give to CDS Hooks cards (accepted, overridden).
CREATE TABLE outcome_counts (
    iso_week  VARCHAR(8)   NOT NULL,
    centre    VARCHAR(40)  NOT NULL,
    kind      VARCHAR(10)  NOT NULL,
    code      VARCHAR(80)  NOT NULL,
    measure   VARCHAR(20)  NOT NULL,
    count     BIGINT       NOT NULL,
    PRIMARY KEY (iso_week, centre, kind, code, measure)
);
