-- CDS Hooks, shared by every node. Nothing here names a patient or holds a request.

-- The ids (jti) of the JWTs trusted CDS clients have sent, each kept until its token expires, so the
-- same token replayed to any node is refused. Rows past expires_at (epoch milliseconds) are deleted.
CREATE TABLE cds_token_ids (
    issuer      VARCHAR(200) NOT NULL,
    jti         VARCHAR(200) NOT NULL,
    expires_at  BIGINT       NOT NULL,
    PRIMARY KEY (issuer, jti)
);
CREATE INDEX cds_token_ids_expiry ON cds_token_ids (expires_at);

-- The cards Lotsen gave out: what each was about (the week it was given, the centre, the service and
-- the rules behind it, as JSON) and the outcome its feedback counted ('' until then), so feedback
-- counts each card once, on any node and after a restart. Rows past expires_at are deleted.
CREATE TABLE cds_cards (
    card        VARCHAR(36)   NOT NULL PRIMARY KEY,
    iso_week    VARCHAR(8)    NOT NULL,
    centre      VARCHAR(40)   NOT NULL,
    service     VARCHAR(60)   NOT NULL,
    rules       VARCHAR(4000) NOT NULL,
    outcome     VARCHAR(20)   NOT NULL,
    expires_at  BIGINT        NOT NULL
);
CREATE INDEX cds_cards_expiry ON cds_cards (expires_at);
