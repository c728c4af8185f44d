package se.samverka.agreements.followup;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ReportFigureRepository extends CrudRepository<ReportFigure, Long> {

    List<ReportFigure> findByReportId(long reportId);

    boolean existsByIndicatorId(long indicatorId);

    void deleteByReportId(long reportId);
}
