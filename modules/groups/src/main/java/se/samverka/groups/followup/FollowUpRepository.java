package se.samverka.groups.followup;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Sort;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface FollowUpRepository extends CrudRepository<FollowUp, Long> {

    List<FollowUp> findByProgrammeId(long programmeId, Sort sort);

    Optional<FollowUp> findByProgrammeIdAndPeriodYearAndPeriodHalf(long programmeId, int periodYear, int periodHalf);

    List<FollowUp> findByProgrammeIdIn(Collection<Long> programmeIds);

    List<FollowUp> findByProgrammeIdInAndStatus(Collection<Long> programmeIds, FollowUpStatus status, Sort sort);
}
