-- The groups module. MySQL-flavoured DDL that also runs on H2 in MySQL mode (the embedded default).
-- Every table is tenant-owned (tenant_id NOT NULL, indexes lead with it); child rows reference their
-- parent together with the tenant, so the database refuses a row that links records of two tenants.
-- No table has a column for a child's, parent's or leader's identity: children are counts, leaders are
-- functions, reference-group members are organisations (see the module's README, "Processing record").

-- A programme (verksamhet). provider_partner_id: the partner organisation that runs it, or NULL when the
-- tenant runs it itself. agreement_ref: a record reference (agreements:agreement:<id>) to the agreement
-- it is run under, resolved through the platform at display time.
CREATE TABLE groups_programme (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id           VARCHAR(64)  NOT NULL,
    name                VARCHAR(200) NOT NULL,
    provider_partner_id BIGINT,
    kind                VARCHAR(32)  NOT NULL,
    target_situations   VARCHAR(500) NOT NULL,
    age_from            INT,
    age_to              INT,
    method_material     VARCHAR(200),
    description         MEDIUMTEXT,
    agreement_ref       VARCHAR(200),
    created_at          TIMESTAMP(6) NOT NULL,
    created_by          VARCHAR(200) NOT NULL,
    updated_at          TIMESTAMP(6) NOT NULL,
    updated_by          VARCHAR(200) NOT NULL,
    version             BIGINT       NOT NULL,
    CONSTRAINT ux_groups_programme_tenant_id UNIQUE (tenant_id, id),
    CONSTRAINT ux_groups_programme_name UNIQUE (tenant_id, name),
    CONSTRAINT fk_groups_programme_provider FOREIGN KEY (tenant_id, provider_partner_id)
        REFERENCES partner_organisation (tenant_id, id)
);
CREATE INDEX ix_groups_programme_provider ON groups_programme (tenant_id, provider_partner_id, name);
CREATE INDEX ix_groups_programme_agreement ON groups_programme (tenant_id, agreement_ref);

-- A group: one instance of a programme in a term (term_year + term_kind) or, for continuous starts,
-- between two dates (starts_on and ends_on are always set: the term's dates when it has a term).
CREATE TABLE groups_group (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id       VARCHAR(64)  NOT NULL,
    programme_id    BIGINT       NOT NULL,
    name            VARCHAR(200) NOT NULL,
    term_year       INT,
    term_kind       VARCHAR(2),
    starts_on       DATE         NOT NULL,
    ends_on         DATE         NOT NULL,
    venue           VARCHAR(200),
    weekday         VARCHAR(10),
    start_time      TIME,
    session_count   INT,
    session_minutes INT,
    capacity        INT,
    age_from        INT,
    age_to          INT,
    leaders         TEXT         NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    cancel_reason   VARCHAR(32),
    created_at      TIMESTAMP(6) NOT NULL,
    created_by      VARCHAR(200) NOT NULL,
    updated_at      TIMESTAMP(6) NOT NULL,
    updated_by      VARCHAR(200) NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT ux_groups_group_tenant_id UNIQUE (tenant_id, id),
    CONSTRAINT fk_groups_group_programme FOREIGN KEY (tenant_id, programme_id) REFERENCES groups_programme (tenant_id, id)
);
CREATE INDEX ix_groups_group_programme ON groups_group (tenant_id, programme_id, starts_on);
CREATE INDEX ix_groups_group_status ON groups_group (tenant_id, status, starts_on);

-- A half-year's follow-up of a programme: counts only. One per programme and half-year.
CREATE TABLE groups_follow_up (
    id                         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id                  VARCHAR(64)  NOT NULL,
    programme_id               BIGINT       NOT NULL,
    period_year                INT          NOT NULL,
    period_half                INT          NOT NULL,
    status                     VARCHAR(16)  NOT NULL,
    enrolled                   INT,
    groups_running             INT,
    new_children               INT,
    remaining                  INT,
    not_attending              INT,
    requested_by_other_service INT,
    violence_experience        INT,
    waiting_list               INT,
    registrations              INT,
    breakdowns                 TEXT         NOT NULL,
    comment                    TEXT,
    review_comment             TEXT,
    submitted_at               TIMESTAMP(6),
    submitted_by               VARCHAR(200),
    reviewed_at                TIMESTAMP(6),
    reviewed_by                VARCHAR(200),
    created_at                 TIMESTAMP(6) NOT NULL,
    created_by                 VARCHAR(200) NOT NULL,
    updated_at                 TIMESTAMP(6) NOT NULL,
    updated_by                 VARCHAR(200) NOT NULL,
    version                    BIGINT       NOT NULL,
    CONSTRAINT ux_groups_follow_up_tenant_id UNIQUE (tenant_id, id),
    CONSTRAINT ux_groups_follow_up_period UNIQUE (tenant_id, programme_id, period_year, period_half),
    CONSTRAINT fk_groups_follow_up_programme FOREIGN KEY (tenant_id, programme_id) REFERENCES groups_programme (tenant_id, id)
);
CREATE INDEX ix_groups_follow_up_period ON groups_follow_up (tenant_id, period_year, period_half, status);

-- The tenant's settings of the module: the disclosure threshold (counts from 1 to threshold - 1 are hidden
-- in everything that leaves the case officer's screen).
CREATE TABLE groups_settings (
    id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id             VARCHAR(64)  NOT NULL,
    suppression_threshold INT          NOT NULL,
    updated_at            TIMESTAMP(6) NOT NULL,
    updated_by            VARCHAR(200) NOT NULL,
    version               BIGINT       NOT NULL,
    CONSTRAINT ux_groups_settings_tenant UNIQUE (tenant_id)
);

-- A reference group (referensgrupp): organisations around one aim, feeding proposals to a steering group.
CREATE TABLE groups_reference_group (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id      VARCHAR(64)  NOT NULL,
    name           VARCHAR(200) NOT NULL,
    aim            MEDIUMTEXT,
    convener       VARCHAR(200),
    steering_group VARCHAR(200),
    members        MEDIUMTEXT   NOT NULL,
    created_at     TIMESTAMP(6) NOT NULL,
    created_by     VARCHAR(200) NOT NULL,
    updated_at     TIMESTAMP(6) NOT NULL,
    updated_by     VARCHAR(200) NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT ux_groups_reference_tenant_id UNIQUE (tenant_id, id),
    CONSTRAINT ux_groups_reference_name UNIQUE (tenant_id, name)
);

CREATE TABLE groups_reference_meeting (
    id                      BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id               VARCHAR(64)  NOT NULL,
    reference_group_id      BIGINT       NOT NULL,
    meeting_date            DATE         NOT NULL,
    status                  VARCHAR(16)  NOT NULL,
    invited                 INT,
    attending               INT,
    attending_organisations TEXT         NOT NULL,
    minutes                 MEDIUMTEXT,
    created_at              TIMESTAMP(6) NOT NULL,
    created_by              VARCHAR(200) NOT NULL,
    updated_at              TIMESTAMP(6) NOT NULL,
    updated_by              VARCHAR(200) NOT NULL,
    version                 BIGINT       NOT NULL,
    CONSTRAINT ux_groups_ref_meeting_tenant_id UNIQUE (tenant_id, id),
    CONSTRAINT fk_groups_ref_meeting_group FOREIGN KEY (tenant_id, reference_group_id)
        REFERENCES groups_reference_group (tenant_id, id)
);
CREATE INDEX ix_groups_ref_meeting_group ON groups_reference_meeting (tenant_id, reference_group_id, meeting_date);

CREATE TABLE groups_proposal (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id          VARCHAR(64)  NOT NULL,
    reference_group_id BIGINT       NOT NULL,
    title              VARCHAR(200) NOT NULL,
    description        MEDIUMTEXT,
    status             VARCHAR(16)  NOT NULL,
    forwarded_on       DATE         NOT NULL,
    response           MEDIUMTEXT,
    created_at         TIMESTAMP(6) NOT NULL,
    created_by         VARCHAR(200) NOT NULL,
    updated_at         TIMESTAMP(6) NOT NULL,
    updated_by         VARCHAR(200) NOT NULL,
    version            BIGINT       NOT NULL,
    CONSTRAINT ux_groups_proposal_tenant_id UNIQUE (tenant_id, id),
    CONSTRAINT fk_groups_proposal_group FOREIGN KEY (tenant_id, reference_group_id)
        REFERENCES groups_reference_group (tenant_id, id)
);
CREATE INDEX ix_groups_proposal_group ON groups_proposal (tenant_id, reference_group_id, forwarded_on);
