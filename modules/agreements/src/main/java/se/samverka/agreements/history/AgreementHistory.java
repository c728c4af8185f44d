package se.samverka.agreements.history;

import io.micronaut.json.JsonMapper;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samverka.agreements.agreement.AgreementDetails;
import se.samverka.agreements.agreement.AgreementEvent;
import se.samverka.agreements.agreement.AgreementTerms;
import se.samverka.agreements.agreement.Agreements;
import se.samverka.agreements.agreement.PartnerAccess;
import se.samverka.agreements.lifecycle.AgreementStatus;
import se.samverka.platform.api.refusal.RecordNotFound;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The versions of each agreement: version 1 is recorded when the agreement is decided, each
 * amendment records the next. Drafts are not history: until the decision the text is work in
 * progress (the audit log still has every edit).
 */
@Singleton
public class AgreementHistory implements ApplicationEventListener<AgreementEvent> {

    private final AgreementVersionRepository versions;
    private final Agreements agreements;
    private final PartnerAccess access;
    private final JsonMapper json;

    AgreementHistory(AgreementVersionRepository versions, Agreements agreements, PartnerAccess access, JsonMapper json) {
        this.versions = versions;
        this.agreements = agreements;
        this.access = access;
        this.json = json;
    }

    /** The agreement's versions, oldest first, if the current user may see the agreement. */
    @Transactional(readOnly = true)
    public List<AgreementVersion> versions(long agreementId) {
        return access.maySee(agreementId) ? versions.findByAgreementIdOrderByVersionNumber(agreementId) : List.of();
    }

    /** The terms of one version. */
    @Transactional(readOnly = true)
    public AgreementTerms terms(long agreementId, int versionNumber) {
        return read(version(agreementId, versionNumber));
    }

    /** What changed from one version to another (either order). */
    @Transactional(readOnly = true)
    public List<Difference> differences(long agreementId, int fromVersion, int toVersion) {
        return comparison(agreementId, fromVersion, toVersion).differences();
    }

    /** What changed from one version to another (either order), with both versions' terms to say it in words. */
    @Transactional(readOnly = true)
    public VersionComparison comparison(long agreementId, int fromVersion, int toVersion) {
        AgreementVersion from = version(agreementId, fromVersion);
        AgreementVersion to = version(agreementId, toVersion);
        AgreementTerms before = read(from);
        AgreementTerms after = read(to);
        return new VersionComparison(VersionDifferences.between(before, from.decision(), after, to.decision()), before, after);
    }

    /** Runs inside the transaction of the change: a version that cannot be recorded rolls the change back. */
    @Override
    public void onApplicationEvent(AgreementEvent event) {
        boolean decided = event.kind() == AgreementEvent.Kind.STATUS_CHANGED && event.status() == AgreementStatus.DECIDED;
        if (!decided && event.kind() != AgreementEvent.Kind.AMENDED) {
            return;
        }
        if (versions.existsByAgreementIdAndVersionNumber(event.agreementId(), event.versionNumber())) {
            return;
        }
        AgreementDetails details = agreements.details(event.agreementId())
                .orElseThrow(() -> new RecordNotFound("agreements.record.agreement", event.agreementId()));
        var agreement = details.agreement();
        versions.save(new AgreementVersion(null, null, agreement.id(), agreement.versionNumber(), agreement.status(),
                agreement.decisionBody(), agreement.decisionDate(), agreement.decisionRegistryNumber(), event.reason(),
                agreement.updatedAt(), agreement.updatedBy(), write(details.terms())));
    }

    private AgreementVersion version(long agreementId, int versionNumber) {
        if (!access.maySee(agreementId)) {
            throw new RecordNotFound("agreements.record.agreement", agreementId);
        }
        return versions.findByAgreementIdAndVersionNumber(agreementId, versionNumber)
                .orElseThrow(() -> new RecordNotFound("agreements.record.agreement-version", agreementId + " v" + versionNumber));
    }

    private String write(AgreementTerms terms) {
        try {
            return json.writeValueAsString(terms);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private AgreementTerms read(AgreementVersion version) {
        try {
            return json.readValue(version.snapshot(), AgreementTerms.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
