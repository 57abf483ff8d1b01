-- Tenants: a region (its rule set is the base) and the municipalities it serves (each a layer on the base, or
-- the base itself). Every key, rule-set version, count, follow-up row and CDS Hooks row belongs to one tenant,
-- and the tenant is part of each table's key. Today's store becomes the tenant 'default': a region of its own,
-- whose rule set serves its keys as before.
CREATE TABLE tenants (
    id       VARCHAR(40)  NOT NULL PRIMARY KEY,
    region   VARCHAR(40),
    name_sv  VARCHAR(200) NOT NULL,
    name_en  VARCHAR(200) NOT NULL
);
INSERT INTO tenants (id, region, name_sv, name_en) VALUES ('default', NULL, 'Lotsen', 'Lotsen');

ALTER TABLE api_keys ADD COLUMN tenant VARCHAR(40) NOT NULL DEFAULT 'default';

-- A layer is pinned to the base version it was validated on: base ("id version") and that version's hash.
CREATE TABLE rule_set_versions (
    tenant        VARCHAR(40)  NOT NULL,
    rule_set_id   VARCHAR(64)  NOT NULL,
    version       VARCHAR(64)  NOT NULL,
    hash          VARCHAR(64)  NOT NULL,
    base          VARCHAR(140),
    base_hash     VARCHAR(64),
    published_at  VARCHAR(40)  NOT NULL,
    published_by  VARCHAR(200) NOT NULL,
    zip_base64    TEXT         NOT NULL,
    report_json   TEXT         NOT NULL,
    PRIMARY KEY (tenant, rule_set_id, version)
);
INSERT INTO rule_set_versions (tenant, rule_set_id, version, hash, base, base_hash, published_at, published_by,
                                         zip_base64, report_json)
    SELECT 'default', rule_set_id, version, hash, base, NULL, published_at, published_by, zip_base64, report_json
    FROM published_rule_sets;
DROP TABLE published_rule_sets;

-- Which version serves each tenant: one of its own, or (a municipality without a layer) one of its region's.
CREATE TABLE active_rule_sets (
    tenant        VARCHAR(40)  NOT NULL PRIMARY KEY,
    rule_set_id   VARCHAR(64)  NOT NULL,
    version       VARCHAR(64)  NOT NULL,
    activated_at  VARCHAR(40)  NOT NULL,
    activated_by  VARCHAR(200) NOT NULL
);
INSERT INTO active_rule_sets (tenant, rule_set_id, version, activated_at, activated_by)
    SELECT 'default', rule_set_id, version, activated_at, activated_by FROM active_published_rule_set;
DROP TABLE active_published_rule_set;

-- What a base change did to a tenant: accepted by its policy owner, or moved by the region as a safety correction
-- (with the diff of the tenant's own pathways at that moment, so the policy owner is told what changed).
CREATE TABLE base_moves (
    tenant      VARCHAR(40)  NOT NULL,
    moved_at    VARCHAR(40)  NOT NULL,
    from_base   VARCHAR(140) NOT NULL,
    to_base     VARCHAR(140) NOT NULL,
    safety      INTEGER      NOT NULL,
    moved_by    VARCHAR(200) NOT NULL,
    diff_json   TEXT         NOT NULL,
    PRIMARY KEY (tenant, moved_at, to_base)
);

CREATE TABLE suggestion_counts_by_tenant (
    tenant      VARCHAR(40) NOT NULL,
    iso_week    VARCHAR(8)  NOT NULL,
    centre      VARCHAR(40) NOT NULL,
    need        VARCHAR(40) NOT NULL,
    risk_level  VARCHAR(10) NOT NULL,
    service     VARCHAR(60) NOT NULL,
    urgency     VARCHAR(20) NOT NULL,
    count       BIGINT      NOT NULL,
    PRIMARY KEY (tenant, iso_week, centre, need, risk_level, service, urgency)
);
INSERT INTO suggestion_counts_by_tenant (tenant, iso_week, centre, need, risk_level, service, urgency, count)
    SELECT 'default', iso_week, centre, need, risk_level, service, urgency, count FROM suggestion_counts;
DROP TABLE suggestion_counts;
ALTER TABLE suggestion_counts_by_tenant RENAME TO suggestion_counts;

CREATE TABLE outcome_counts_by_tenant (
    tenant    VARCHAR(40)  NOT NULL,
    iso_week  VARCHAR(8)   NOT NULL,
    centre    VARCHAR(40)  NOT NULL,
    kind      VARCHAR(10)  NOT NULL,
    code      VARCHAR(80)  NOT NULL,
    measure   VARCHAR(20)  NOT NULL,
    count     BIGINT       NOT NULL,
    PRIMARY KEY (tenant, iso_week, centre, kind, code, measure)
);
INSERT INTO outcome_counts_by_tenant (tenant, iso_week, centre, kind, code, measure, count)
    SELECT 'default', iso_week, centre, kind, code, measure, count FROM outcome_counts;
DROP TABLE outcome_counts;
ALTER TABLE outcome_counts_by_tenant RENAME TO outcome_counts;

-- A reference is 128 random bits and stays the key; the tenant goes with it, so the parent's page is answered
-- from the tenant's rule set and staff of another tenant never find it.
ALTER TABLE follow_up_references ADD COLUMN tenant VARCHAR(40) NOT NULL DEFAULT 'default';

CREATE TABLE cds_token_ids_by_tenant (
    tenant      VARCHAR(40)  NOT NULL,
    issuer      VARCHAR(200) NOT NULL,
    jti         VARCHAR(200) NOT NULL,
    expires_at  BIGINT       NOT NULL,
    PRIMARY KEY (tenant, issuer, jti)
);
INSERT INTO cds_token_ids_by_tenant (tenant, issuer, jti, expires_at)
    SELECT 'default', issuer, jti, expires_at FROM cds_token_ids;
DROP TABLE cds_token_ids;
ALTER TABLE cds_token_ids_by_tenant RENAME TO cds_token_ids;
CREATE INDEX cds_token_ids_expiry_v5 ON cds_token_ids (expires_at);

ALTER TABLE cds_cards ADD COLUMN tenant VARCHAR(40) NOT NULL DEFAULT 'default';
