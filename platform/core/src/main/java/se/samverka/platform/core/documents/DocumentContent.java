package se.samverka.platform.core.documents;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;

@MappedEntity("document_content")
record DocumentContent(@Id Long documentId, @TenantId String tenantId, byte[] content) {
}
