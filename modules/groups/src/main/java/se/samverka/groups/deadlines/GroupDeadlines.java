package se.samverka.groups.deadlines;

import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samverka.groups.followup.FollowUp;
import se.samverka.groups.followup.FollowUps;
import se.samverka.groups.group.GroupStatus;
import se.samverka.groups.group.Groups;
import se.samverka.groups.group.SupportGroup;
import se.samverka.groups.programme.Programme;
import se.samverka.groups.programme.ProgrammeSearch;
import se.samverka.groups.programme.Programmes;
import se.samverka.groups.term.HalfYear;
import se.samverka.groups.term.Term;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What is due and overdue in the programmes the current user may see, on a day: a half-year's follow-up
 * not yet submitted (asked for two weeks before the half-year ends, due at the end of the month after), a
 * group still planned after its start date, and a programme with a group last term and none a month into this one.
 * Three queries per tenant: the programmes, their follow-ups, their groups.
 */
@Singleton
public class GroupDeadlines {

    /** Programmes per tenant considered at most (a tenant has tens). */
    static final int MAX_PROGRAMMES = 1000;

    private final Programmes programmes;
    private final FollowUps followUps;
    private final Groups groups;

    GroupDeadlines(Programmes programmes, FollowUps followUps, Groups groups) {
        this.programmes = programmes;
        this.followUps = followUps;
        this.groups = groups;
    }

    /** The deadlines that stand on the day: the ones it asks for, oldest first. */
    @Transactional(readOnly = true)
    public List<GroupDeadline> standingOn(LocalDate day) {
        List<Programme> visible = programmes.search(ProgrammeSearch.ALL, Pageable.from(0, MAX_PROGRAMMES)).getContent();
        if (visible.isEmpty()) {
            return List.of();
        }
        Map<Long, List<FollowUp>> reported = followUps.ofProgrammes(visible).stream()
                .collect(Collectors.groupingBy(FollowUp::programmeId));
        Map<Long, List<SupportGroup>> groupsOf = groups.ofProgrammes(visible).stream()
                .collect(Collectors.groupingBy(SupportGroup::programmeId));
        HalfYear current = HalfYear.of(day);
        List<HalfYear> asked = day.isBefore(current.remindFrom()) ? List.of(current.previous()) : List.of(current.previous(), current);
        Term term = Term.of(day);
        List<GroupDeadline> standing = new ArrayList<>();
        for (Programme programme : visible) {
            List<SupportGroup> itsGroups = groupsOf.getOrDefault(programme.id(), List.of());
            if (itsGroups.isEmpty()) {
                continue; // a programme without groups yet has nothing to report
            }
            for (HalfYear half : asked) {
                boolean sent = reported.getOrDefault(programme.id(), List.of()).stream()
                        .anyMatch(f -> f.halfYear().equals(half) && !f.status().isOpen());
                boolean ranThen = itsGroups.stream().anyMatch(g -> !g.startsOn().isAfter(half.end()) && !g.endsOn().isBefore(half.start())
                        && g.status() != GroupStatus.CANCELLED);
                if (!sent && ranThen) {
                    standing.add(new GroupDeadline(GroupDeadline.Kind.FOLLOW_UP_DUE, programme.id(), programme.name(),
                            programme.providerPartnerId(), half.due(), half.term().toString(),
                            "groups:" + programme.id() + ":follow-up:" + half.key()));
                }
            }
            for (SupportGroup group : itsGroups) {
                if (group.isLateToStart(day)) {
                    standing.add(new GroupDeadline(GroupDeadline.Kind.GROUP_NOT_STARTED, programme.id(), programme.name(),
                            programme.providerPartnerId(), group.startsOn(), group.name(),
                            "groups:" + programme.id() + ":group:" + group.id() + ":not-started"));
                }
            }
            boolean lastTerm = itsGroups.stream().anyMatch(g -> g.term().equals(term.previous())
                    && (g.status() == GroupStatus.RUNNING || g.status() == GroupStatus.COMPLETED));
            boolean thisTerm = itsGroups.stream().anyMatch(g -> g.term().equals(term) && g.status() != GroupStatus.CANCELLED);
            // groups start some weeks into a term: a month in, a term without one is worth a word
            LocalDate noticeable = term.start().plusMonths(1);
            if (lastTerm && !thisTerm && !day.isBefore(noticeable)) {
                standing.add(new GroupDeadline(GroupDeadline.Kind.NO_GROUP_THIS_TERM, programme.id(), programme.name(),
                        programme.providerPartnerId(), noticeable, term.toString(),
                        "groups:" + programme.id() + ":no-group:" + term.year() + term.kind()));
            }
        }
        standing.sort(Comparator.comparing(GroupDeadline::date).thenComparing(GroupDeadline::uid));
        return standing;
    }
}
