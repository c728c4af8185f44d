-- The partnerships module (ICLD municipal partnerships). MySQL-flavoured DDL that also runs on H2 in MySQL
-- mode (the embedded default). Every table is tenant-owned (tenant_id NOT NULL, indexes lead with it); child
-- rows reference their parent together with the tenant, so the database refuses a row that links records of
-- two tenants. Money is whole Swedish kronor (BIGINT); an actual may also keep its original currency.

-- A partnership. country_code: ISO 3166-1 alpha-2 of the cooperation country (eligibility is checked
-- against the list the platform administrator keeps). core_areas: ICLD's four, comma-separated.
-- foreign_partner_ids: the foreign local governments, ids in the platform's partner register.
-- swedish_parties: other Swedish municipalities or regions, one per line. contacts: one per line,
-- side|role|name|organisation (officials acting in office).
CREATE TABLE partnerships_partnership (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id           VARCHAR(64)  NOT NULL,
    title               VARCHAR(200) NOT NULL,
    country_code        VARCHAR(2)   NOT NULL,
    thematic_area       VARCHAR(200),
    core_areas          VARCHAR(200) NOT NULL,
    status              VARCHAR(16)  NOT NULL,
    starts_on           DATE         NOT NULL,
    ends_on             DATE,
    icld_references     VARCHAR(500),
    foreign_partner_ids VARCHAR(500) NOT NULL,
    swedish_parties     TEXT         NOT NULL,
    contacts            TEXT         NOT NULL,
    description         MEDIUMTEXT,
    created_at          TIMESTAMP(6) NOT NULL,
    created_by          VARCHAR(200) NOT NULL,
    updated_at          TIMESTAMP(6) NOT NULL,
    updated_by          VARCHAR(200) NOT NULL,
    version             BIGINT       NOT NULL,
    CONSTRAINT ux_partnerships_partnership_tenant_id UNIQUE (tenant_id, id)
);
CREATE INDEX ix_partnerships_partnership_title ON partnerships_partnership (tenant_id, title);
CREATE INDEX ix_partnerships_partnership_status ON partnerships_partnership (tenant_id, status, title);
CREATE INDEX ix_partnerships_partnership_country ON partnerships_partnership (tenant_id, country_code, title);

-- A phase of a partnership: inception, project year N, steering group, development/expansion, dissemination;
-- its application and ICLD's decision. team: side|function|name, one per line.
CREATE TABLE partnerships_phase (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id        VARCHAR(64)  NOT NULL,
    partnership_id   BIGINT       NOT NULL,
    kind             VARCHAR(24)  NOT NULL,
    project_year     INT,
    starts_on        DATE         NOT NULL,
    ends_on          DATE         NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    applied_on       DATE,
    granted_sek      BIGINT,
    decided_on       DATE,
    decision_ref     VARCHAR(100),
    team             TEXT         NOT NULL,
    created_at       TIMESTAMP(6) NOT NULL,
    created_by       VARCHAR(200) NOT NULL,
    updated_at       TIMESTAMP(6) NOT NULL,
    updated_by       VARCHAR(200) NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT ux_partnerships_phase_tenant_id UNIQUE (tenant_id, id),
    CONSTRAINT fk_partnerships_phase_partnership FOREIGN KEY (tenant_id, partnership_id)
        REFERENCES partnerships_partnership (tenant_id, id)
);
CREATE INDEX ix_partnerships_phase_partnership ON partnerships_phase (tenant_id, partnership_id, starts_on);
CREATE INDEX ix_partnerships_phase_ends ON partnerships_phase (tenant_id, ends_on);

-- The approved budget of a phase: one line per accounting year and cost category.
CREATE TABLE partnerships_budget_line (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id   VARCHAR(64)  NOT NULL,
    phase_id    BIGINT       NOT NULL,
    budget_year INT          NOT NULL,
    category    VARCHAR(32)  NOT NULL,
    amount_sek  BIGINT       NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    created_by  VARCHAR(200) NOT NULL,
    updated_at  TIMESTAMP(6) NOT NULL,
    updated_by  VARCHAR(200) NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT ux_partnerships_budget_line UNIQUE (tenant_id, phase_id, budget_year, category),
    CONSTRAINT fk_partnerships_budget_line_phase FOREIGN KEY (tenant_id, phase_id)
        REFERENCES partnerships_phase (tenant_id, id)
);

-- What was spent, in kronor (and in the original currency when paid abroad); visit_id when a visit caused it.
CREATE TABLE partnerships_actual (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id         VARCHAR(64)   NOT NULL,
    phase_id          BIGINT        NOT NULL,
    category          VARCHAR(32)   NOT NULL,
    spent_on          DATE          NOT NULL,
    amount_sek        BIGINT        NOT NULL,
    original_currency VARCHAR(3),
    original_amount   DECIMAL(14, 2),
    description       VARCHAR(500),
    visit_id          BIGINT,
    created_at        TIMESTAMP(6)  NOT NULL,
    created_by        VARCHAR(200)  NOT NULL,
    updated_at        TIMESTAMP(6)  NOT NULL,
    updated_by        VARCHAR(200)  NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT ux_partnerships_actual_tenant_id UNIQUE (tenant_id, id),
    CONSTRAINT fk_partnerships_actual_phase FOREIGN KEY (tenant_id, phase_id)
        REFERENCES partnerships_phase (tenant_id, id)
);
CREATE INDEX ix_partnerships_actual_phase ON partnerships_actual (tenant_id, phase_id, spent_on);

-- A reimbursement claim to ICLD after a report: claimed, and received when it came.
CREATE TABLE partnerships_claim (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id     VARCHAR(64)  NOT NULL,
    phase_id      BIGINT       NOT NULL,
    claimed_on    DATE         NOT NULL,
    claimed_sek   BIGINT       NOT NULL,
    received_on   DATE,
    received_sek  BIGINT,
    created_at    TIMESTAMP(6) NOT NULL,
    created_by    VARCHAR(200) NOT NULL,
    updated_at    TIMESTAMP(6) NOT NULL,
    updated_by    VARCHAR(200) NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT ux_partnerships_claim_tenant_id UNIQUE (tenant_id, id),
    CONSTRAINT fk_partnerships_claim_phase FOREIGN KEY (tenant_id, phase_id)
        REFERENCES partnerships_phase (tenant_id, id)
);

-- An exchange visit. participants: side|function|count, one per line (counts and functions, no names).
CREATE TABLE partnerships_visit (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id      VARCHAR(64)  NOT NULL,
    partnership_id BIGINT       NOT NULL,
    phase_id       BIGINT       NOT NULL,
    direction      VARCHAR(8)   NOT NULL,
    starts_on      DATE         NOT NULL,
    ends_on        DATE         NOT NULL,
    place          VARCHAR(200) NOT NULL,
    participants   TEXT         NOT NULL,
    purpose        MEDIUMTEXT,
    report         MEDIUMTEXT,
    lessons        MEDIUMTEXT,
    created_at     TIMESTAMP(6) NOT NULL,
    created_by     VARCHAR(200) NOT NULL,
    updated_at     TIMESTAMP(6) NOT NULL,
    updated_by     VARCHAR(200) NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT ux_partnerships_visit_tenant_id UNIQUE (tenant_id, id),
    CONSTRAINT fk_partnerships_visit_phase FOREIGN KEY (tenant_id, phase_id)
        REFERENCES partnerships_phase (tenant_id, id)
);
CREATE INDEX ix_partnerships_visit_partnership ON partnerships_visit (tenant_id, partnership_id, starts_on);

-- A report to ICLD: an annual report per accounting year, or the final report; its narrative.
CREATE TABLE partnerships_report (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id       VARCHAR(64)  NOT NULL,
    partnership_id  BIGINT       NOT NULL,
    phase_id        BIGINT       NOT NULL,
    kind            VARCHAR(8)   NOT NULL,
    accounting_year INT          NOT NULL,
    due_on          DATE         NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    achievements    MEDIUMTEXT,
    deviations      MEDIUMTEXT,
    challenges      MEDIUMTEXT,
    lessons         MEDIUMTEXT,
    submitted_on    DATE,
    approved_on     DATE,
    created_at      TIMESTAMP(6) NOT NULL,
    created_by      VARCHAR(200) NOT NULL,
    updated_at      TIMESTAMP(6) NOT NULL,
    updated_by      VARCHAR(200) NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT ux_partnerships_report_tenant_id UNIQUE (tenant_id, id),
    CONSTRAINT ux_partnerships_report_phase UNIQUE (tenant_id, phase_id, kind, accounting_year),
    CONSTRAINT fk_partnerships_report_phase FOREIGN KEY (tenant_id, phase_id)
        REFERENCES partnerships_phase (tenant_id, id)
);
CREATE INDEX ix_partnerships_report_due ON partnerships_report (tenant_id, status, due_on);
CREATE INDEX ix_partnerships_report_partnership ON partnerships_report (tenant_id, partnership_id, due_on);

-- The results framework (LFA): goal → outcomes → outputs → activities (parent_id NULL for the goal).
CREATE TABLE partnerships_result (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id      VARCHAR(64)  NOT NULL,
    partnership_id BIGINT       NOT NULL,
    parent_id      BIGINT,
    level          VARCHAR(16)  NOT NULL,
    text           VARCHAR(1000) NOT NULL,
    position       INT          NOT NULL,
    created_at     TIMESTAMP(6) NOT NULL,
    created_by     VARCHAR(200) NOT NULL,
    updated_at     TIMESTAMP(6) NOT NULL,
    updated_by     VARCHAR(200) NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT ux_partnerships_result_tenant_id UNIQUE (tenant_id, id),
    CONSTRAINT fk_partnerships_result_partnership FOREIGN KEY (tenant_id, partnership_id)
        REFERENCES partnerships_partnership (tenant_id, id)
);
CREATE INDEX ix_partnerships_result_partnership ON partnerships_result (tenant_id, partnership_id, position);

-- An indicator of a result, with its level, baseline, target and means of verification; actuals per year
-- in one column: year|value, one per line.
CREATE TABLE partnerships_indicator (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id        VARCHAR(64)   NOT NULL,
    partnership_id   BIGINT        NOT NULL,
    result_id        BIGINT        NOT NULL,
    name             VARCHAR(500)  NOT NULL,
    level            VARCHAR(16)   NOT NULL,
    baseline         VARCHAR(200),
    target           VARCHAR(200),
    verification     VARCHAR(500),
    actuals          TEXT          NOT NULL,
    created_at       TIMESTAMP(6)  NOT NULL,
    created_by       VARCHAR(200)  NOT NULL,
    updated_at       TIMESTAMP(6)  NOT NULL,
    updated_by       VARCHAR(200)  NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT ux_partnerships_indicator_tenant_id UNIQUE (tenant_id, id),
    CONSTRAINT fk_partnerships_indicator_result FOREIGN KEY (tenant_id, result_id)
        REFERENCES partnerships_result (tenant_id, id)
);
CREATE INDEX ix_partnerships_indicator_partnership ON partnerships_indicator (tenant_id, partnership_id);

-- ICLD's ceilings as the tenant keeps them (they change; never constants in code): per phase kind and region.
CREATE TABLE partnerships_ceiling (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id   VARCHAR(64)  NOT NULL,
    phase_kind  VARCHAR(24)  NOT NULL,
    region      VARCHAR(16)  NOT NULL,
    amount_sek  BIGINT       NOT NULL,
    updated_at  TIMESTAMP(6) NOT NULL,
    updated_by  VARCHAR(200) NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT ux_partnerships_ceiling UNIQUE (tenant_id, phase_kind, region)
);

-- Application rounds the tenant enters (ICLD's calls), for deadlines and reminders.
CREATE TABLE partnerships_round (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id   VARCHAR(64)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    closes_on   DATE         NOT NULL,
    updated_at  TIMESTAMP(6) NOT NULL,
    updated_by  VARCHAR(200) NOT NULL,
    version     BIGINT       NOT NULL
);
CREATE INDEX ix_partnerships_round_closes ON partnerships_round (tenant_id, closes_on);
