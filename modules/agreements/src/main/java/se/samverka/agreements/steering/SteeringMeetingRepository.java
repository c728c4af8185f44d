package se.samverka.agreements.steering;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SteeringMeetingRepository extends CrudRepository<SteeringMeeting, Long> {

    List<SteeringMeeting> findByAgreementIdOrderByMeetingDate(long agreementId);
}
