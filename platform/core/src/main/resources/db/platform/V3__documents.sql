-- Documents live in the database, so that every portal instance serves every document.
CREATE TABLE document (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id    VARCHAR(64)   NOT NULL,
    owner_type   VARCHAR(64)   NOT NULL,
    owner_id     VARCHAR(64)   NOT NULL,
    filename     VARCHAR(255)  NOT NULL,
    content_type VARCHAR(128)  NOT NULL,
    size         BIGINT        NOT NULL,
    sha256       CHAR(64)      NOT NULL,
    created_at   TIMESTAMP(6)  NOT NULL,
    created_by   VARCHAR(200)  NOT NULL
);
CREATE INDEX ix_document_owner ON document (tenant_id, owner_type, owner_id);

-- The bytes apart from the facts, so that listing documents never reads them.
CREATE TABLE document_content (
    document_id BIGINT      NOT NULL PRIMARY KEY,
    tenant_id   VARCHAR(64) NOT NULL,
    content     LONGBLOB    NOT NULL,
    CONSTRAINT fk_document_content FOREIGN KEY (document_id) REFERENCES document (id) ON DELETE CASCADE
);
