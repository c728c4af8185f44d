package se.samverka.groups.demo;

import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.samverka.groups.GroupsModule;
import se.samverka.groups.followup.Figures;
import se.samverka.groups.followup.FollowUp;
import se.samverka.groups.followup.FollowUps;
import se.samverka.groups.group.GroupDetails;
import se.samverka.groups.group.GroupStatus;
import se.samverka.groups.group.Groups;
import se.samverka.groups.group.Leader;
import se.samverka.groups.group.SupportGroup;
import se.samverka.groups.programme.Programme;
import se.samverka.groups.programme.ProgrammeDetails;
import se.samverka.groups.programme.ProgrammeKind;
import se.samverka.groups.programme.ProgrammeSearch;
import se.samverka.groups.programme.Programmes;
import se.samverka.groups.programme.TargetSituation;
import se.samverka.groups.reference.Member;
import se.samverka.groups.reference.Proposal;
import se.samverka.groups.reference.ReferenceGroup;
import se.samverka.groups.reference.ReferenceGroups;
import se.samverka.groups.reference.ReferenceMeeting;
import se.samverka.groups.term.HalfYear;
import se.samverka.groups.term.Term;
import se.samverka.platform.api.demo.DemoData;
import se.samverka.platform.api.links.LinkedRecord;
import se.samverka.platform.api.links.RecordDirectory;
import se.samverka.platform.api.partners.PartnerDetails;
import se.samverka.platform.api.partners.PartnerKind;
import se.samverka.platform.api.partners.PartnerOrganisation;
import se.samverka.platform.api.partners.PartnerRegister;
import se.samverka.platform.api.tenant.CurrentTenant;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The embedded default's demo data from the seeds: Orust's Klubb BUSA (Junis, "Hela människan", 7–13, run
 * under the Orust–Junis agreement) with groups in the last two terms and two half-years of figures; Region
 * Jönköpings län's Vårsol samtalsgrupper, Origo's "Samtal om livet" and Barndialogen's reference group. The figures are invented, plausible
 * and consistent. Runs after the agreements module's demo (modules in the order of their ids), so the
 * partner organisations and the agreement are there to link to; adds only what is missing.
 */
@Singleton
class GroupsDemoData implements DemoData {

    static final String ORUST = "orust";
    static final String REGION = "region-jonkoping";
    private static final Logger LOG = LoggerFactory.getLogger(GroupsDemoData.class);

    private final Programmes programmes;
    private final Groups groups;
    private final FollowUps followUps;
    private final PartnerRegister partners;
    private final RecordDirectory records;
    private final ReferenceGroups references;
    private final CurrentTenant tenant;
    private final Clock clock;

    GroupsDemoData(Programmes programmes, Groups groups, FollowUps followUps, PartnerRegister partners,
                   RecordDirectory records, ReferenceGroups references, CurrentTenant tenant, Clock clock) {
        this.references = references;
        this.programmes = programmes;
        this.groups = groups;
        this.followUps = followUps;
        this.partners = partners;
        this.records = records;
        this.tenant = tenant;
        this.clock = clock;
    }

    @Override
    public String moduleId() {
        return GroupsModule.ID;
    }

    @Override
    public Set<String> tenants() {
        return Set.of(ORUST, REGION);
    }

    @Override
    @Transactional
    public void seedCurrentTenant() {
        if (tenant.require().equals(ORUST)) {
            seed(programme("Klubb BUSA", "junis", "Junis Göteborg och Bohusläns distrikt", ProgrammeKind.SUPPORT_GROUP,
                    EnumSet.of(TargetSituation.ADDICTION, TargetSituation.MENTAL_ILLNESS, TargetSituation.SEPARATED_PARENTS,
                            TargetSituation.VIOLENCE), 7, 13, "Hela människan",
                    "Stödgruppsverksamhet för barn och unga i skolåldern som lever i familjer med beroendeproblematik, psykisk "
                            + "ohälsa, separerade föräldrar eller har upplevt våld i nära relation. Frivillig och kostnadsfri. "
                            + "Grupperna leds av kommunens gruppledare med beteendevetenskaplig utbildning.", "Junis"),
                    "BUSA", "Fritidsgården, Henån", DayOfWeek.WEDNESDAY, 11,
                    List.of(new Leader("Kurator, elevhälsan", true), new Leader("Behandlare, socialtjänsten", true)),
                    new int[][]{{12, 2, 5, 7, 1, 4, 3}, {14, 2, 6, 8, 2, 5, 4}});
        } else if (tenant.require().equals(REGION)) {
            seed(programme("Vårsol samtalsgrupper", "varsol", "Vårsol Samtalscenter", ProgrammeKind.CONVERSATION_GROUP,
                    EnumSet.of(TargetSituation.MENTAL_ILLNESS, TargetSituation.PHYSICAL_ILLNESS, TargetSituation.GRIEF), 5, 17,
                    null, "Samtalsstöd i grupp för barn och unga som är anhöriga till någon med fysisk eller psykisk ohälsa. "
                            + "Ungefär 150–200 barn och föräldrar om året; en del kommer direkt, andra lotsas dit av vården.",
                    "Vårsol"), "Vårsol", "Vårsol Samtalscenter, Jönköping", DayOfWeek.TUESDAY, 8,
                    List.of(new Leader("Samtalsledare, legitimerad psykoterapeut", true), new Leader("Samtalsledare", false)),
                    new int[][]{{46, 6, 20, 26, 3, 18, 7}, {52, 7, 24, 28, 4, 21, 9}});
            seed(programme("Samtal om livet", "origo", "Origo Resurs", ProgrammeKind.ADULT_GROUP,
                    EnumSet.of(TargetSituation.MENTAL_ILLNESS), 18, null, "Samtal om livet",
                    "Livsreflektion och livshantering i grupp för vuxna som visar tecken på psykisk ohälsa.", "Origo"),
                    "Samtal om livet", "Origo Resurs, Jönköping", DayOfWeek.THURSDAY, 10,
                    List.of(new Leader("Processledare, socionom", true)),
                    new int[][]{{18, 2, 9, 9, 2, 6, 0}, {21, 3, 10, 11, 1, 8, 0}});
            seedBarndialogen();
        }
    }

    /** Seed 001: Barndialogen's reference group "Barn som anhöriga", its kick-off of 2012-11-13 and a proposal. */
    private void seedBarndialogen() {
        String name = "Barn som anhöriga (Barndialogen)";
        if (references.all().stream().anyMatch(g -> g.name().equals(name))) {
            return;
        }
        ReferenceGroup group = references.create(new ReferenceGroup.Details(name,
                "Att uppmärksamma styrgrupp och projektledning på resurser, idéer och åtgärder som behövs för att barn och "
                        + "unga som är anhöriga själva upplever att de fått den information, råd eller stöd som de behöver.",
                "Barndialogen, Region Jönköpings län", "Styrgruppen för barn som anhöriga",
                List.of(new Member("Region Jönköpings län", "Hälso- och sjukvården"), new Member("Jönköpings kommun", "Elevhälsan"),
                        new Member("Jönköpings kommun", "Socialtjänsten"), new Member("Vårsol Samtalscenter", "Samtalsstöd"),
                        new Member("Origo Resurs", null), new Member("Nationellt kompetenscentrum anhöriga", "Projektledning"))));
        references.addMeeting(group.id(), new ReferenceMeeting.Details(LocalDate.of(2012, 11, 13), ReferenceMeeting.Status.HELD,
                80, 62, List.of("Region Jönköpings län", "Länets kommuner", "Idéburna organisationer"),
                "Upptaktsmöte. Ett 40-tal arbetsområden var representerade. Deltagarnas erfarenheter och behov av stöd "
                        + "sammanställdes till förbättringsförslag."));
        references.addProposal(group.id(), new Proposal.Details("Information om stöd till barn som anhöriga i skolan",
                "Skolor i länet får information om samtalsgrupper och hur barn hittar dit.", Proposal.Status.TAKEN_UP,
                LocalDate.of(2012, 12, 10), "Styrgruppen tar upp förslaget i handlingsplanen."));
        LOG.info("Demo data: reference group {} in tenant {}", name, tenant.require());
    }

    private record Demo(ProgrammeDetails details, String alias, String organisation, String agreementSearch) {
    }

    private Demo programme(String name, String alias, String organisation, ProgrammeKind kind, Set<TargetSituation> situations,
                           Integer ageFrom, Integer ageTo, String method, String description, String agreementSearch) {
        return new Demo(new ProgrammeDetails(name, null, kind, situations, ageFrom, ageTo, method, description, null),
                alias, organisation, agreementSearch);
    }

    /**
     * The programme (linked to its agreement when the agreements module has one), groups in the last and the
     * current term, and the last two half-years' follow-ups: the older accepted, the newer submitted.
     */
    private void seed(Demo demo, String groupName, String venue, DayOfWeek day, int sessions, List<Leader> leaders,
                      int[][] figures) {
        PartnerOrganisation provider = partners.findByDirectoryAlias(demo.alias()).orElseGet(() -> partners.create(
                new PartnerDetails(demo.organisation(), null, PartnerKind.NON_PROFIT_ASSOCIATION, null, demo.alias(),
                        null, null, null, null)));
        String agreement = records.search(ProgrammeDetails.AGREEMENT_MODULE, ProgrammeDetails.AGREEMENT_TYPE,
                demo.agreementSearch(), 1).stream().findFirst().map(LinkedRecord::reference).map(Object::toString).orElse(null);
        ProgrammeDetails d = demo.details();
        ProgrammeDetails details = new ProgrammeDetails(d.name(), provider.id(), d.kind(), d.targetSituations(), d.ageFrom(),
                d.ageTo(), d.methodMaterial(), d.description(), agreement);
        Optional<Programme> existing = programmes.search(new ProgrammeSearch(null, d.name()),
                Pageable.from(0, 10)).getContent().stream().filter(p -> p.name().equals(d.name())).findFirst();
        Programme programme;
        if (existing.isPresent()) {
            programme = existing.get();
            if (programme.agreementRef() == null && agreement != null) {
                // the agreements module's demo came after this programme: link it now
                programme = programmes.update(programme.id(), programme.version(), details);
            }
        } else {
            programme = programmes.create(details);
            LOG.info("Demo data: programme {} in tenant {}", d.name(), tenant.require());
        }
        LocalDate today = LocalDate.now(clock);
        Term current = Term.of(today);
        if (groups.of(programme.id()).isEmpty()) {
            for (Term term : List.of(current.previous(), current)) {
                SupportGroup group = groups.add(programme.id(), new GroupDetails(groupName + " " + term, term.toString(), null,
                        null, venue, day, LocalTime.of(15, 30), sessions, 90, 8, d.ageFrom(), d.ageTo(), leaders));
                groups.move(group.id(), group.version(), GroupStatus.RUNNING, null);
                if (term.equals(current.previous())) {
                    SupportGroup running = groups.find(group.id()).orElseThrow();
                    groups.move(running.id(), running.version(), GroupStatus.COMPLETED, null);
                }
            }
        }
        HalfYear last = HalfYear.of(today).previous();
        List<HalfYear> halves = List.of(last.previous(), last);
        for (int i = 0; i < halves.size(); i++) {
            if (followUps.of(programme.id(), halves.get(i)).isPresent()) {
                continue;
            }
            int[] f = figures[i];
            Figures counts = new Figures(f[0], f[1], f[2], f[3], f[4], f[5], f[6], null, null,
                    f[4] == 0 ? null : Map.of("UNKNOWN", f[4]),
                    f[5] == 0 ? null : Map.of("SCHOOL", f[5] / 2, "HEALTH_CARE", f[5] - f[5] / 2),
                    Map.of("SCHOOL", f[0] / 2, "HEALTH_CARE", f[0] / 4, "UNKNOWN", f[0] - f[0] / 2 - f[0] / 4),
                    null, Map.of("GIRL", f[0] / 2 + 1, "BOY", f[0] / 2 - 2, "NOT_STATED", 1));
            FollowUp draft = followUps.start(programme.id(), halves.get(i), counts, null);
            FollowUp submitted = followUps.submit(draft.id(), draft.version());
            if (i == 0) {
                followUps.accept(submitted.id(), submitted.version());
            }
        }
    }
}
