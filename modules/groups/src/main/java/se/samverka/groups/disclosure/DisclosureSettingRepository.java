package se.samverka.groups.disclosure;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface DisclosureSettingRepository extends CrudRepository<DisclosureSetting, Long> {

    /** The current tenant's (the tenant filter narrows the table to its one row). */
    List<DisclosureSetting> findAll();
}
