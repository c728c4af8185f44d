package se.samverka.agreements.agreement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samverka.platform.api.audit.AuditLog;
import se.samverka.platform.api.people.People;
import se.samverka.platform.api.people.Person;
import se.samverka.platform.api.refusal.RecordNotFound;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.refusal.StaleRecord;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.api.security.Roles;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The case officers responsible for an agreement: chosen among the tenant's case officers in the user
 * directory, told first of its reminders and of reports to review, and behind the list's "my agreements".
 * None set means the agreement is everybody's (all case officers are told). A change states the officers
 * the user saw; if someone changed them meanwhile it is refused as stale, so nobody is dropped unseen.
 */
@Singleton
public class ResponsibleOfficers {

    static final String LABEL = "agreements.record.responsible";

    private final ResponsibleOfficerRepository officers;
    private final Agreements agreements;
    private final People people;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    ResponsibleOfficers(ResponsibleOfficerRepository officers, Agreements agreements, People people, CurrentUser currentUser,
                        AuditLog audit) {
        this.officers = officers;
        this.agreements = agreements;
        this.people = people;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** The usernames of the agreement's responsible officers, if the user may see the agreement; sorted. */
    @Transactional(readOnly = true)
    public List<String> of(long agreementId) {
        return agreements.find(agreementId).map(a -> usernames(agreementId)).orElse(List.of());
    }

    /** Many agreements' officers in one query, for the portal's own work (reminders, my work): by agreement id. */
    @Transactional(readOnly = true)
    public Map<Long, Set<String>> ofAgreements(Collection<Long> agreementIds) {
        if (agreementIds.isEmpty()) {
            return Map.of();
        }
        return officers.findByAgreementIdIn(agreementIds).stream().collect(Collectors.groupingBy(ResponsibleOfficer::agreementId,
                Collectors.mapping(ResponsibleOfficer::username, Collectors.toSet())));
    }

    /** Of the tenant's officers, those chosen for an agreement; all of them when none (still an officer) is chosen. */
    public static List<Person> told(List<Person> officers, @Nullable Set<String> chosen) {
        if (chosen == null || chosen.isEmpty()) {
            return officers;
        }
        List<Person> responsible = officers.stream().filter(o -> chosen.contains(o.username())).toList();
        return responsible.isEmpty() ? officers : responsible;
    }

    /** Whom the user may choose: the tenant's case officers, by name. */
    public List<Person> candidates() {
        return people.withRole(Roles.CASE_OFFICER).stream().sorted(Comparator.comparing(Person::displayName)).toList();
    }

    /**
     * Sets the agreement's responsible officers.
     *
     * @param seen the officers the user saw when choosing (a change made meanwhile is refused)
     */
    @Transactional
    public List<String> assign(long agreementId, Collection<String> seen, Collection<String> chosen) {
        currentUser.requireChanger();
        agreements.find(agreementId).orElseThrow(() -> new RecordNotFound(Agreements.RECORD_LABEL, agreementId));
        List<String> current = usernames(agreementId);
        if (!new HashSet<>(current).equals(new HashSet<>(seen))) {
            throw new StaleRecord(LABEL, agreementId);
        }
        Map<String, Person> officersByName = candidates().stream().collect(Collectors.toMap(Person::username, Function.identity(),
                (a, b) -> a));
        for (String username : chosen) {
            if (!officersByName.containsKey(username)) {
                throw new Refusal("agreements.responsible.not-officer", username).at("responsible");
            }
        }
        Set<String> next = new HashSet<>(chosen);
        officers.deleteByAgreementId(agreementId);
        next.forEach(username -> officers.save(new ResponsibleOfficer(null, null, agreementId, username)));
        audit.record("responsible", Agreements.RECORD_TYPE, String.valueOf(agreementId), Map.of("responsible",
                new AuditLog.Change(names(current, officersByName), names(next, officersByName))));
        return usernames(agreementId);
    }

    private List<String> usernames(long agreementId) {
        return officers.findByAgreementIdOrderByUsername(agreementId).stream().map(ResponsibleOfficer::username).toList();
    }

    /** The audit log keeps names, as people read them. */
    private static String names(Collection<String> usernames, Map<String, Person> known) {
        return usernames.stream().map(u -> known.containsKey(u) ? known.get(u).displayName() : u).sorted()
                .collect(Collectors.joining(", "));
    }
}
