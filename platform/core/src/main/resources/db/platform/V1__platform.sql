-- Platform tables. MySQL-flavoured DDL that also runs on H2 in MySQL mode (the embedded default).

CREATE TABLE tenant (
    id                  VARCHAR(64)  NOT NULL PRIMARY KEY,
    name                VARCHAR(200) NOT NULL,
    kind                VARCHAR(32)  NOT NULL,
    organisation_number VARCHAR(11),
    hosts               VARCHAR(1000) NOT NULL,
    locale              VARCHAR(8)   NOT NULL,
    brand_colour        VARCHAR(7)   NOT NULL,
    suspended           BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at          TIMESTAMP(6) NOT NULL,
    updated_at          TIMESTAMP(6) NOT NULL
);

-- Which module is enabled for which tenant; the one shared truth for every portal instance.
CREATE TABLE tenant_module (
    tenant_id  VARCHAR(64)  NOT NULL,
    module_id  VARCHAR(64)  NOT NULL,
    enabled    BOOLEAN      NOT NULL,
    version    BIGINT       NOT NULL,
    updated_at TIMESTAMP(6) NOT NULL,
    updated_by VARCHAR(200) NOT NULL,
    PRIMARY KEY (tenant_id, module_id),
    CONSTRAINT fk_tenant_module_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);

-- Append-only: the application has no statement that updates or deletes rows here.
CREATE TABLE audit_entry (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id   VARCHAR(64)  NOT NULL,
    occurred_at TIMESTAMP(6) NOT NULL,
    actor       VARCHAR(200) NOT NULL,
    action      VARCHAR(64)  NOT NULL,
    record_type VARCHAR(64)  NOT NULL,
    record_id   VARCHAR(64)  NOT NULL,
    changes     TEXT         NOT NULL
);
CREATE INDEX ix_audit_tenant_time ON audit_entry (tenant_id, occurred_at);
CREATE INDEX ix_audit_tenant_record ON audit_entry (tenant_id, record_type, record_id);

-- ShedLock: scheduled jobs run once across portal instances.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
