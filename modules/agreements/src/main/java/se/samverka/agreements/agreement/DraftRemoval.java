package se.samverka.agreements.agreement;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/**
 * What a never-decided draft may have gathered besides its parties, removed with it: status changes (a
 * proposal returned to draft), planned meetings, indicators, reporting periods, responsible officers. A
 * draft that was never decided has no versions and no reports, so nothing of the record's history is lost
 * but the draft itself (the audit log keeps that it was deleted, and its title).
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface DraftRemoval extends GenericRepository<Agreement, Long> {

    @Query("DELETE FROM agreements_status_change WHERE tenant_id = :tenantId AND agreement_id = :agreementId")
    void statusChanges(String tenantId, long agreementId);

    @Query("DELETE FROM agreements_meeting WHERE tenant_id = :tenantId AND agreement_id = :agreementId")
    void meetings(String tenantId, long agreementId);

    @Query("DELETE FROM agreements_indicator WHERE tenant_id = :tenantId AND agreement_id = :agreementId")
    void indicators(String tenantId, long agreementId);

    @Query("DELETE FROM agreements_reporting_period WHERE tenant_id = :tenantId AND agreement_id = :agreementId")
    void reportingPeriods(String tenantId, long agreementId);

    @Query("DELETE FROM agreements_responsible WHERE tenant_id = :tenantId AND agreement_id = :agreementId")
    void responsible(String tenantId, long agreementId);

    @Query("DELETE FROM agreements_renewal WHERE tenant_id = :tenantId AND agreement_id = :agreementId")
    void renewal(String tenantId, long agreementId);

    @Query("DELETE FROM agreements_agreement WHERE tenant_id = :tenantId AND id = :agreementId")
    void agreement(String tenantId, long agreementId);
}
