-- The agreements module. MySQL-flavoured DDL that also runs on H2 in MySQL mode (the embedded default);
-- the character set (utf8mb4) comes from the database. Every table is tenant-owned: tenant_id NOT NULL,
-- and every index a list or lookup uses leads with tenant_id. Child rows reference their parent
-- together with the tenant, (tenant_id, parent_id) -> (tenant_id, id), so that the database itself
-- refuses a row that links records of two tenants.

-- The tenant's register of partner organisations. directory_alias is the Keycloak Organization alias
-- the organisation's users carry: how a partner user is linked to the tenant's record.
CREATE TABLE agreements_partner_organisation (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id           VARCHAR(64)  NOT NULL,
    name                VARCHAR(200) NOT NULL,
    organisation_number VARCHAR(11),
    kind                VARCHAR(32)  NOT NULL,
    country             VARCHAR(100),
    directory_alias     VARCHAR(64),
    contact_person      VARCHAR(200),
    email               VARCHAR(320),
    phone               VARCHAR(50),
    address             VARCHAR(500),
    created_at          TIMESTAMP(6) NOT NULL,
    created_by          VARCHAR(200) NOT NULL,
    updated_at          TIMESTAMP(6) NOT NULL,
    updated_by          VARCHAR(200) NOT NULL,
    version             BIGINT       NOT NULL,
    CONSTRAINT ux_agreements_partner_tenant_id UNIQUE (tenant_id, id),
    CONSTRAINT ux_agreements_partner_alias UNIQUE (tenant_id, directory_alias),
    CONSTRAINT ux_agreements_partner_number UNIQUE (tenant_id, organisation_number)
);
CREATE INDEX ix_agreements_partner_name ON agreements_partner_organisation (tenant_id, name);

-- An agreement with its terms. version_number counts amendments; version is the optimistic lock.
-- renewal_talks_start = period_end minus renewal_notice_months, kept for reminders and the dashboard.
CREATE TABLE agreements_agreement (
    id                        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id                 VARCHAR(64)  NOT NULL,
    registry_number           VARCHAR(50),
    title                     VARCHAR(300) NOT NULL,
    form                      VARCHAR(16)  NOT NULL,
    status                    VARCHAR(16)  NOT NULL,
    background                MEDIUMTEXT,
    purpose                   MEDIUMTEXT,
    target_group              MEDIUMTEXT,
    activities                MEDIUMTEXT,
    value_base                MEDIUMTEXT,
    overall_goals             MEDIUMTEXT,
    strategies                MEDIUMTEXT,
    organisation              MEDIUMTEXT,
    renegotiation_clause      MEDIUMTEXT,
    termination_clause        MEDIUMTEXT,
    dispute_clause            MEDIUMTEXT,
    steering_composition      MEDIUMTEXT,
    minimum_meetings_per_year INT          NOT NULL DEFAULT 2,
    follow_up_clause          MEDIUMTEXT,
    reporting_frequency       VARCHAR(16)  NOT NULL DEFAULT 'HALF_YEARLY',
    report_due_days           INT          NOT NULL DEFAULT 30,
    period_start              DATE,
    period_end                DATE,
    renewal_notice_months     INT          NOT NULL DEFAULT 6,
    renewal_talks_start       DATE,
    decision_body             VARCHAR(200),
    decision_date             DATE,
    decision_registry_number  VARCHAR(50),
    version_number            INT          NOT NULL DEFAULT 1,
    created_at                TIMESTAMP(6) NOT NULL,
    created_by                VARCHAR(200) NOT NULL,
    updated_at                TIMESTAMP(6) NOT NULL,
    updated_by                VARCHAR(200) NOT NULL,
    version                   BIGINT       NOT NULL,
    CONSTRAINT ux_agreements_agreement_tenant_id UNIQUE (tenant_id, id),
    CONSTRAINT ck_agreements_agreement_period CHECK (period_end IS NULL OR period_start IS NULL OR period_end >= period_start)
);
CREATE INDEX ix_agreements_agreement_status ON agreements_agreement (tenant_id, status, period_end);
CREATE INDEX ix_agreements_agreement_end ON agreements_agreement (tenant_id, period_end);
CREATE INDEX ix_agreements_agreement_start ON agreements_agreement (tenant_id, period_start);
CREATE INDEX ix_agreements_agreement_registry ON agreements_agreement (tenant_id, registry_number);
CREATE INDEX ix_agreements_agreement_title ON agreements_agreement (tenant_id, title);
CREATE INDEX ix_agreements_agreement_renewal ON agreements_agreement (tenant_id, renewal_talks_start);
CREATE INDEX ix_agreements_agreement_changed ON agreements_agreement (tenant_id, updated_at);

-- The parties: the tenant itself (partner_id NULL) and partner organisations, named as the agreement names them.
CREATE TABLE agreements_party (
    id                       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id                VARCHAR(64)  NOT NULL,
    agreement_id             BIGINT       NOT NULL,
    position                 INT          NOT NULL,
    partner_id               BIGINT,
    name                     VARCHAR(200) NOT NULL,
    organisation_number      VARCHAR(11),
    convenes_steering_group  BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT ux_agreements_party_tenant_id UNIQUE (tenant_id, id),
    CONSTRAINT fk_agreements_party_agreement FOREIGN KEY (tenant_id, agreement_id)
        REFERENCES agreements_agreement (tenant_id, id),
    CONSTRAINT fk_agreements_party_partner FOREIGN KEY (tenant_id, partner_id)
        REFERENCES agreements_partner_organisation (tenant_id, id)
);
CREATE INDEX ix_agreements_party_agreement ON agreements_party (tenant_id, agreement_id, position);
CREATE INDEX ix_agreements_party_partner ON agreements_party (tenant_id, partner_id, agreement_id);

CREATE TABLE agreements_commitment (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id    VARCHAR(64) NOT NULL,
    agreement_id BIGINT      NOT NULL,
    party_id     BIGINT      NOT NULL,
    position     INT         NOT NULL,
    text         MEDIUMTEXT  NOT NULL,
    CONSTRAINT fk_agreements_commitment_party FOREIGN KEY (tenant_id, party_id) REFERENCES agreements_party (tenant_id, id)
);
CREATE INDEX ix_agreements_commitment_agreement ON agreements_commitment (tenant_id, agreement_id, position);

CREATE TABLE agreements_signatory (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id    VARCHAR(64)  NOT NULL,
    agreement_id BIGINT       NOT NULL,
    party_id     BIGINT       NOT NULL,
    position     INT          NOT NULL,
    name         VARCHAR(200) NOT NULL,
    role         VARCHAR(200),
    signed_on    DATE,
    CONSTRAINT fk_agreements_signatory_party FOREIGN KEY (tenant_id, party_id) REFERENCES agreements_party (tenant_id, id)
);
CREATE INDEX ix_agreements_signatory_agreement ON agreements_signatory (tenant_id, agreement_id, position);

-- Each party's contribution per calendar year, in whole kronor.
CREATE TABLE agreements_contribution (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id         VARCHAR(64)  NOT NULL,
    agreement_id      BIGINT       NOT NULL,
    party_id          BIGINT       NOT NULL,
    contribution_year INT          NOT NULL,
    amount_sek        BIGINT       NOT NULL,
    description       VARCHAR(500),
    CONSTRAINT ux_agreements_contribution_year UNIQUE (tenant_id, party_id, contribution_year),
    CONSTRAINT fk_agreements_contribution_party FOREIGN KEY (tenant_id, party_id) REFERENCES agreements_party (tenant_id, id),
    CONSTRAINT ck_agreements_contribution_amount CHECK (amount_sek >= 0)
);
CREATE INDEX ix_agreements_contribution_agreement ON agreements_contribution (tenant_id, agreement_id, contribution_year);

-- The lifecycle so far (append-only).
CREATE TABLE agreements_status_change (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id    VARCHAR(64)  NOT NULL,
    agreement_id BIGINT       NOT NULL,
    from_status  VARCHAR(16)  NOT NULL,
    to_status    VARCHAR(16)  NOT NULL,
    changed_at   TIMESTAMP(6) NOT NULL,
    changed_by   VARCHAR(200) NOT NULL,
    reason       MEDIUMTEXT,
    CONSTRAINT fk_agreements_status_change_agreement FOREIGN KEY (tenant_id, agreement_id)
        REFERENCES agreements_agreement (tenant_id, id)
);
CREATE INDEX ix_agreements_status_change_agreement ON agreements_status_change (tenant_id, agreement_id);

-- Every decided version of an agreement: its terms as JSON, never changed (append-only).
CREATE TABLE agreements_version (
    id                       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id                VARCHAR(64)  NOT NULL,
    agreement_id             BIGINT       NOT NULL,
    version_number           INT          NOT NULL,
    status                   VARCHAR(16)  NOT NULL,
    decision_body            VARCHAR(200),
    decision_date            DATE,
    decision_registry_number VARCHAR(50),
    reason                   MEDIUMTEXT,
    recorded_at              TIMESTAMP(6) NOT NULL,
    recorded_by              VARCHAR(200) NOT NULL,
    snapshot                 MEDIUMTEXT   NOT NULL,
    CONSTRAINT ux_agreements_version_number UNIQUE (tenant_id, agreement_id, version_number),
    CONSTRAINT fk_agreements_version_agreement FOREIGN KEY (tenant_id, agreement_id)
        REFERENCES agreements_agreement (tenant_id, id)
);

-- Steering-group meetings; attendees by function, one per line.
CREATE TABLE agreements_meeting (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id          VARCHAR(64)  NOT NULL,
    agreement_id       BIGINT       NOT NULL,
    status             VARCHAR(16)  NOT NULL,
    meeting_date       DATE         NOT NULL,
    attendee_functions TEXT         NOT NULL,
    minutes            MEDIUMTEXT,
    decisions          MEDIUMTEXT,
    created_at         TIMESTAMP(6) NOT NULL,
    created_by         VARCHAR(200) NOT NULL,
    updated_at         TIMESTAMP(6) NOT NULL,
    updated_by         VARCHAR(200) NOT NULL,
    version            BIGINT       NOT NULL,
    CONSTRAINT fk_agreements_meeting_agreement FOREIGN KEY (tenant_id, agreement_id)
        REFERENCES agreements_agreement (tenant_id, id)
);
CREATE INDEX ix_agreements_meeting_agreement ON agreements_meeting (tenant_id, agreement_id, meeting_date);
CREATE INDEX ix_agreements_meeting_date ON agreements_meeting (tenant_id, meeting_date);

-- Follow-up: what the partner reports, for which periods, and the reports.
CREATE TABLE agreements_indicator (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id    VARCHAR(64)  NOT NULL,
    agreement_id BIGINT       NOT NULL,
    position     INT          NOT NULL,
    name         VARCHAR(500) NOT NULL,
    kind         VARCHAR(16)  NOT NULL,
    version      BIGINT       NOT NULL,
    CONSTRAINT ux_agreements_indicator_tenant_id UNIQUE (tenant_id, id),
    CONSTRAINT fk_agreements_indicator_agreement FOREIGN KEY (tenant_id, agreement_id)
        REFERENCES agreements_agreement (tenant_id, id)
);
CREATE INDEX ix_agreements_indicator_agreement ON agreements_indicator (tenant_id, agreement_id, position);

CREATE TABLE agreements_reporting_period (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id    VARCHAR(64) NOT NULL,
    agreement_id BIGINT      NOT NULL,
    label        VARCHAR(16) NOT NULL,
    starts_on    DATE        NOT NULL,
    ends_on      DATE        NOT NULL,
    due_on       DATE        NOT NULL,
    CONSTRAINT ux_agreements_period_tenant_id UNIQUE (tenant_id, id),
    CONSTRAINT ux_agreements_period_label UNIQUE (tenant_id, agreement_id, label),
    CONSTRAINT fk_agreements_period_agreement FOREIGN KEY (tenant_id, agreement_id)
        REFERENCES agreements_agreement (tenant_id, id)
);
CREATE INDEX ix_agreements_period_due ON agreements_reporting_period (tenant_id, due_on);

CREATE TABLE agreements_report (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id      VARCHAR(64)  NOT NULL,
    agreement_id   BIGINT       NOT NULL,
    period_id      BIGINT       NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    text           MEDIUMTEXT,
    submitted_at   TIMESTAMP(6) NOT NULL,
    submitted_by   VARCHAR(200) NOT NULL,
    reviewed_at    TIMESTAMP(6) NULL,
    reviewed_by    VARCHAR(200),
    review_comment MEDIUMTEXT,
    version        BIGINT       NOT NULL,
    CONSTRAINT ux_agreements_report_tenant_id UNIQUE (tenant_id, id),
    CONSTRAINT ux_agreements_report_period UNIQUE (tenant_id, period_id),
    CONSTRAINT fk_agreements_report_period FOREIGN KEY (tenant_id, period_id)
        REFERENCES agreements_reporting_period (tenant_id, id)
);
CREATE INDEX ix_agreements_report_agreement ON agreements_report (tenant_id, agreement_id);
CREATE INDEX ix_agreements_report_status ON agreements_report (tenant_id, status);

CREATE TABLE agreements_report_figure (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id    VARCHAR(64) NOT NULL,
    report_id    BIGINT      NOT NULL,
    indicator_id BIGINT      NOT NULL,
    number_value BIGINT,
    text_value   MEDIUMTEXT,
    CONSTRAINT fk_agreements_figure_report FOREIGN KEY (tenant_id, report_id) REFERENCES agreements_report (tenant_id, id),
    CONSTRAINT fk_agreements_figure_indicator FOREIGN KEY (tenant_id, indicator_id)
        REFERENCES agreements_indicator (tenant_id, id)
);
CREATE INDEX ix_agreements_figure_report ON agreements_report_figure (tenant_id, report_id);
CREATE INDEX ix_agreements_figure_indicator ON agreements_report_figure (tenant_id, indicator_id);
