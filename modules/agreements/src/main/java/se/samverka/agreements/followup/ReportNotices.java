package se.samverka.agreements.followup;

import jakarta.inject.Singleton;
import se.samverka.agreements.agreement.Agreement;
import se.samverka.agreements.agreement.AgreementDetails;
import se.samverka.agreements.agreement.PartyTerms;
import se.samverka.agreements.agreement.ResponsibleOfficers;
import se.samverka.platform.api.i18n.Translations;
import se.samverka.platform.api.notifications.Notice;
import se.samverka.platform.api.notifications.Notifier;
import se.samverka.platform.api.partners.PartnerOrganisation;
import se.samverka.platform.api.partners.PartnerRegister;
import se.samverka.platform.api.people.People;
import se.samverka.platform.api.people.Person;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.security.Roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The follow-up's workflow notices (bell and e-mail, in the transaction of the change): a submitted report
 * tells the agreement's responsible officers (all case officers when none is chosen) that it waits for
 * review; a returned one tells the users of the partner organisations party to the agreement, with the
 * officer's comment. Each submission and each return is told once: its key holds the time it happened.
 */
@Singleton
class ReportNotices {

    private final Notifier notifier;
    private final People people;
    private final ResponsibleOfficers responsible;
    private final PartnerRegister partners;
    private final Translations translations;

    ReportNotices(Notifier notifier, People people, ResponsibleOfficers responsible, PartnerRegister partners,
                  Translations translations) {
        this.notifier = notifier;
        this.people = people;
        this.responsible = responsible;
        this.partners = partners;
        this.translations = translations;
    }

    void submitted(Agreement agreement, ReportingPeriod period, Report report) {
        Set<String> chosen = responsible.ofAgreements(List.of(agreement.id())).get(agreement.id());
        List<Person> officers = ResponsibleOfficers.told(people.withRole(Roles.CASE_OFFICER), chosen);
        String key = base(agreement, report) + "submitted:" + report.submittedAt().toEpochMilli() + ":";
        List<Notice> notices = new ArrayList<>();
        for (Person officer : officers) {
            notices.add(notice(key, officer, "submitted", agreement, name(agreement), period.label(),
                    Refusal.person(report.submittedBy())));
        }
        notifier.notifyAll(notices);
    }

    void returned(AgreementDetails agreement, ReportingPeriod period, Report report) {
        List<Long> partnerIds = agreement.parties().stream().map(PartyTerms::partnerId).filter(Objects::nonNull).toList();
        List<String> aliases = partners.findAll(partnerIds).stream().map(PartnerOrganisation::directoryAlias)
                .filter(Objects::nonNull).toList();
        if (aliases.isEmpty()) {
            return;
        }
        Agreement a = agreement.agreement();
        String key = base(a, report) + "returned:" + report.reviewedAt().toEpochMilli() + ":";
        List<Notice> notices = new ArrayList<>();
        for (Map.Entry<String, List<Person>> organisation : people.ofOrganisations(aliases).entrySet()) {
            for (Person partner : organisation.getValue()) {
                notices.add(notice(key, partner, "returned", a, name(a), period.label(), report.reviewComment()));
            }
        }
        notifier.notifyAll(notices);
    }

    private Notice notice(String key, Person to, String kind, Agreement agreement, Object... texts) {
        return new Notice(key + to.username(), to.username(),
                translations.both("agreements.notice." + kind + ".subject", texts),
                translations.both("agreements.notice." + kind + ".body", texts),
                "agreements/" + agreement.id() + "?tab=follow-up");
    }

    private static String base(Agreement agreement, Report report) {
        return "agreements:" + agreement.id() + ":report:" + report.id() + ":";
    }

    private static String name(Agreement agreement) {
        return agreement.registryNumber() == null || agreement.registryNumber().isBlank()
                ? agreement.title() : agreement.registryNumber() + " " + agreement.title();
    }
}
