package se.samverka.agreements.overview;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import se.samverka.agreements.agreement.Agreement;

import java.util.List;

/**
 * An aggregate Micronaut Data cannot generate, so it names {@code tenant_id} itself (the module
 * rules require it): the caller passes the current tenant. The index on (tenant_id, status, …)
 * answers it without reading the rows.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface StatusCountRepository extends GenericRepository<Agreement, Long> {

    @Query("SELECT status, COUNT(*) AS agreements FROM agreements_agreement WHERE tenant_id = :tenantId GROUP BY status")
    List<StatusCount> countByStatus(String tenantId);
}
