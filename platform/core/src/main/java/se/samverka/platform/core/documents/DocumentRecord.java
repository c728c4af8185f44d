package se.samverka.platform.core.documents;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;

import java.time.Instant;

@MappedEntity("document")
record DocumentRecord(@Id @GeneratedValue Long id, @TenantId String tenantId, String ownerType, String ownerId,
                      String filename, String contentType, long size, String sha256, Instant createdAt, String createdBy) {
}
