CREATE TABLE good_note (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id VARCHAR(64)  NOT NULL,
    text      VARCHAR(500) NOT NULL
) ENGINE = InnoDB;
CREATE INDEX ix_good_note_tenant ON good_note (tenant_id);
