package se.samverka.groups.group;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Sort;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SupportGroupRepository extends CrudRepository<SupportGroup, Long> {

    List<SupportGroup> findByProgrammeId(long programmeId, Sort sort);

    List<SupportGroup> findByProgrammeIdIn(Collection<Long> programmeIds);
}
