package se.samverka.groups.links;

import jakarta.inject.Singleton;
import se.samverka.groups.GroupsModule;
import se.samverka.groups.disclosure.CellKey;
import se.samverka.groups.disclosure.Disclosure;
import se.samverka.groups.disclosure.ProtectedTable;
import se.samverka.groups.followup.Figure;
import se.samverka.groups.followup.FollowUp;
import se.samverka.groups.followup.FollowUpTable;
import se.samverka.groups.followup.FollowUps;
import se.samverka.groups.programme.Programme;
import se.samverka.groups.programme.ProgrammeDetails;
import se.samverka.groups.programme.Programmes;
import se.samverka.groups.ui.ProgrammeView;
import se.samverka.platform.api.links.Contribution;
import se.samverka.platform.api.links.RecordContributions;
import se.samverka.platform.api.links.RecordReference;

import java.util.ArrayList;
import java.util.List;

/**
 * The accepted half-year figures of the programmes run under an agreement, for that agreement's follow-up,
 * where the steering group works: computed from this module's records when asked (never copied, so each
 * half-year appears exactly once), exact for the tenant's officers and protected for everyone else.
 */
@Singleton
class AgreementFollowUpContributions implements RecordContributions {

    /** The figures an agreement's follow-up shows (the breakdowns stay in the programme's own table). */
    static final List<Figure> SHOWN = List.of(Figure.ENROLLED, Figure.GROUPS_RUNNING, Figure.NEW, Figure.REMAINING,
            Figure.NOT_ATTENDING, Figure.REQUESTED, Figure.VIOLENCE);

    private final Programmes programmes;
    private final FollowUps followUps;
    private final Disclosure disclosure;

    AgreementFollowUpContributions(Programmes programmes, FollowUps followUps, Disclosure disclosure) {
        this.programmes = programmes;
        this.followUps = followUps;
        this.disclosure = disclosure;
    }

    @Override
    public String moduleId() {
        return GroupsModule.ID;
    }

    @Override
    public List<Contribution> to(RecordReference target) {
        if (!target.module().equals(ProgrammeDetails.AGREEMENT_MODULE) || !target.type().equals(ProgrammeDetails.AGREEMENT_TYPE)) {
            return List.of();
        }
        List<Programme> runUnder = programmes.runUnder(target.toString());
        List<Contribution> contributions = new ArrayList<>();
        for (FollowUp followUp : followUps.acceptedOf(runUnder)) {
            Programme programme = runUnder.stream().filter(p -> p.id() == followUp.programmeId()).findFirst().orElseThrow();
            // protected as one half-year's column, with its own sums
            FollowUpTable table = FollowUpTable.of(List.of(followUp));
            ProtectedTable shown = disclosure.onScreen(table.counts());
            String column = followUp.halfYear().key();
            List<Contribution.Line> lines = new ArrayList<>();
            for (Figure figure : SHOWN) {
                Integer value = followUp.figures().value(figure);
                String text = value == null ? "–" : figure == Figure.GROUPS_RUNNING ? value.toString()
                        : shown.shown(new CellKey(figure.field(), column));
                lines.add(new Contribution.Line(figure.labelKey(), text));
            }
            contributions.add(new Contribution(FollowUps.reference(followUp), programme.name(),
                    followUp.halfYear().term().toString(), lines, ProgrammeView.path(programme.id()) + "?tab=follow-up",
                    shown.hidesAnything() ? new Contribution.Note("groups.ui.table.footnote", List.of(shown.threshold())) : null));
        }
        return contributions;
    }
}
