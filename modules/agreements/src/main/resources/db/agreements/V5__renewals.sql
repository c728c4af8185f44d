-- "Förnya som nytt utkast": the new draft remembers the agreement it renews, so that each links to the other.
-- An agreement is renewed once (a second renewal would be a second draft of the same thing).
CREATE TABLE agreements_renewal (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id    VARCHAR(64) NOT NULL,
    agreement_id BIGINT      NOT NULL,
    renews_id    BIGINT      NOT NULL,
    CONSTRAINT ux_agreements_renewal_new UNIQUE (tenant_id, agreement_id),
    CONSTRAINT ux_agreements_renewal_old UNIQUE (tenant_id, renews_id),
    CONSTRAINT fk_agreements_renewal_new FOREIGN KEY (tenant_id, agreement_id) REFERENCES agreements_agreement (tenant_id, id),
    CONSTRAINT fk_agreements_renewal_old FOREIGN KEY (tenant_id, renews_id) REFERENCES agreements_agreement (tenant_id, id)
);
