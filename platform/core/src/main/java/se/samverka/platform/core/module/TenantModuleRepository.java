package se.samverka.platform.core.module;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

/** Platform-owned: spans tenants on purpose (a platform administrator manages any tenant's modules). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface TenantModuleRepository extends CrudRepository<TenantModule, TenantModule.Key> {

    List<TenantModule> findByKeyTenantId(String tenantId);
}
