package se.samverka.partnerships.phase;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface PhaseRepository extends CrudRepository<Phase, Long> {

    List<Phase> findByPartnershipIdOrderByStartsOn(long partnershipId);

    List<Phase> findByPartnershipIdInOrderByStartsOn(Collection<Long> partnershipIds);
}
