package se.samverka.platform.core.tenant;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface TenantRepository extends CrudRepository<Tenant, String> {

    List<Tenant> findAllOrderByName();
}
