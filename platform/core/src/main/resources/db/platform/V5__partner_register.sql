-- The tenant's register of partner organisations, shared by every module (until 2026-12 the agreements
-- module's agreements_partner_organisation; its migration V3 moves the rows here with their ids).
-- directory_alias is the Keycloak Organization alias the organisation's users carry: how a partner user
-- is linked to the tenant's record. Modules reference a record by (tenant_id, id).
CREATE TABLE partner_organisation (
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
    CONSTRAINT ux_partner_tenant_id UNIQUE (tenant_id, id),
    CONSTRAINT ux_partner_alias UNIQUE (tenant_id, directory_alias),
    CONSTRAINT ux_partner_number UNIQUE (tenant_id, organisation_number),
    CONSTRAINT fk_partner_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);
CREATE INDEX ix_partner_name ON partner_organisation (tenant_id, name);
