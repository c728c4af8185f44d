-- The case officers responsible for an agreement (one or more, from the tenant's directory, by username):
-- whom reminders and workflow notices go to first, and the list's "my agreements" filter. An agreement
-- without any is everybody's: reminders go to all the tenant's case officers, as before.
CREATE TABLE agreements_responsible (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id    VARCHAR(64)  NOT NULL,
    agreement_id BIGINT       NOT NULL,
    username     VARCHAR(200) NOT NULL,
    CONSTRAINT ux_agreements_responsible UNIQUE (tenant_id, agreement_id, username),
    CONSTRAINT fk_agreements_responsible_agreement FOREIGN KEY (tenant_id, agreement_id)
        REFERENCES agreements_agreement (tenant_id, id)
);
-- "my agreements": the officer's rows, then their agreements
CREATE INDEX ix_agreements_responsible_user ON agreements_responsible (tenant_id, username, agreement_id);
