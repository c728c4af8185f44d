package se.samverka.groups.reference;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Sort;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

/** The reference groups' tables. */
final class ReferenceRepositories {

    private ReferenceRepositories() {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Groups extends CrudRepository<ReferenceGroup, Long> {
        List<ReferenceGroup> findAll(Sort sort);

        Optional<ReferenceGroup> findByName(String name);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Meetings extends CrudRepository<ReferenceMeeting, Long> {
        List<ReferenceMeeting> findByReferenceGroupId(long referenceGroupId, Sort sort);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Proposals extends CrudRepository<Proposal, Long> {
        List<Proposal> findByReferenceGroupId(long referenceGroupId, Sort sort);
    }
}
