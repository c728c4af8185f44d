package se.samverka.partnerships.demo;

import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.samverka.partnerships.PartnershipsModule;
import se.samverka.partnerships.budget.ActualDetails;
import se.samverka.partnerships.budget.Budgets;
import se.samverka.partnerships.budget.CostCategory;
import se.samverka.partnerships.partnership.Contact;
import se.samverka.partnerships.partnership.ContactRole;
import se.samverka.partnerships.partnership.CoreArea;
import se.samverka.partnerships.partnership.Partnership;
import se.samverka.partnerships.partnership.PartnershipDetails;
import se.samverka.partnerships.partnership.PartnershipSearch;
import se.samverka.partnerships.partnership.PartnershipStatus;
import se.samverka.partnerships.partnership.Partnerships;
import se.samverka.partnerships.partnership.Side;
import se.samverka.partnerships.phase.Phase;
import se.samverka.partnerships.phase.PhaseDetails;
import se.samverka.partnerships.phase.PhaseKind;
import se.samverka.partnerships.phase.PhaseStatus;
import se.samverka.partnerships.phase.Phases;
import se.samverka.partnerships.phase.TeamMember;
import se.samverka.partnerships.report.Narrative;
import se.samverka.partnerships.report.Report;
import se.samverka.partnerships.report.ReportKind;
import se.samverka.partnerships.report.Reports;
import se.samverka.partnerships.results.ChangeLevel;
import se.samverka.partnerships.results.IndicatorDetails;
import se.samverka.partnerships.results.Result;
import se.samverka.partnerships.results.ResultLevel;
import se.samverka.partnerships.results.Results;
import se.samverka.partnerships.results.YearValue;
import se.samverka.partnerships.visit.Direction;
import se.samverka.partnerships.visit.Participant;
import se.samverka.partnerships.visit.Visit;
import se.samverka.partnerships.visit.VisitDetails;
import se.samverka.partnerships.visit.Visits;
import se.samverka.platform.api.demo.DemoData;
import se.samverka.platform.api.partners.PartnerDetails;
import se.samverka.platform.api.partners.PartnerKind;
import se.samverka.platform.api.partners.PartnerOrganisation;
import se.samverka.platform.api.partners.PartnerRegister;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Seed 004 as demo data: Älmhults kommun with Växjö kommun and JB Marks Local Municipality (South Africa),
 * "Mental Health, Disability and Community Integration", the inception (development) project of spring 2020
 * with its two visits (four from JB Marks to Älmhult in February, three officers to JB Marks in March), its
 * budget and costs, a results framework and the submitted final report. The people are invented.
 */
@Singleton
class PartnershipsDemoData implements DemoData {

    static final String ALMHULT = "almhult";
    static final String TITLE = "Mental Health, Disability and Community Integration";
    private static final Logger LOG = LoggerFactory.getLogger(PartnershipsDemoData.class);

    private final Partnerships partnerships;
    private final Phases phases;
    private final Budgets budgets;
    private final Visits visits;
    private final Results results;
    private final Reports reports;
    private final PartnerRegister partners;

    PartnershipsDemoData(Partnerships partnerships, Phases phases, Budgets budgets, Visits visits, Results results, Reports reports,
                         PartnerRegister partners) {
        this.partnerships = partnerships;
        this.phases = phases;
        this.budgets = budgets;
        this.visits = visits;
        this.results = results;
        this.reports = reports;
        this.partners = partners;
    }

    @Override
    public String moduleId() {
        return PartnershipsModule.ID;
    }

    @Override
    public Set<String> tenants() {
        return Set.of(ALMHULT);
    }

    @Override
    @Transactional
    public void seedCurrentTenant() {
        boolean exists = partnerships.search(new PartnershipSearch(null, null, null, null, TITLE), Pageable.from(0, 5))
                .getContent().stream().anyMatch(p -> p.title().equals(TITLE));
        if (exists) {
            return;
        }
        PartnerOrganisation jbMarks = partners.findByDirectoryAlias("jb-marks").orElseGet(() -> partners.create(new PartnerDetails(
                "JB Marks Local Municipality", null, PartnerKind.FOREIGN_LOCAL_GOVERNMENT, "Sydafrika", "jb-marks", null, null, null,
                "Wolmer Street, Potchefstroom, North West, South Africa")));
        Partnership partnership = partnerships.create(new PartnershipDetails(TITLE, "ZA",
                "Psykisk hälsa, funktionsvariation och delaktighet i samhället",
                EnumSet.of(CoreArea.EQUAL_TREATMENT, CoreArea.PARTICIPATION), PartnershipStatus.INCEPTION, LocalDate.of(2020, 1, 1),
                null, "ICLD 2019-1234 (påhittat)", List.of(jbMarks.id()), List.of("Växjö kommun"), List.of(
                        new Contact(Side.SWEDISH, ContactRole.COORDINATOR, "Maria Lindqvist", "Älmhults kommun"),
                        new Contact(Side.SWEDISH, ContactRole.OPERATIONS_MANAGER, "Eva Strand", "Älmhults kommun, OF/IFO"),
                        new Contact(Side.SWEDISH, ContactRole.PROJECT_LEADER, "Johan Berglund", "Älmhults kommun"),
                        new Contact(Side.SWEDISH, ContactRole.UNIT_MANAGER, "Karin Holm", "Älmhults kommun, IFO"),
                        new Contact(Side.FOREIGN, ContactRole.COORDINATOR, "Naledi Dlamini", "JB Marks Local Municipality"),
                        new Contact(Side.FOREIGN, ContactRole.PROJECT_LEADER, "Sipho Molefe", "JB Marks Local Municipality")),
                "Utbyte av erfarenheter om mötesplatser och sysselsättning för personer med psykisk ohälsa och funktionsvariation. "
                        + "I JB Marks finns Drömhuset (ett utslussningshus) som behöver utvecklas; i Älmhult finns aktiviteter, stöd "
                        + "och arbetsmöjligheter som hjälper brukarna att bli självförsörjande."));
        Phase inception = phases.add(partnership.id(), new PhaseDetails(PhaseKind.INCEPTION, null, LocalDate.of(2020, 1, 15),
                LocalDate.of(2020, 6, 30), PhaseStatus.REPORTED, LocalDate.of(2019, 10, 1), 260_000L, LocalDate.of(2019, 12, 2),
                "ICLD beslut 2019-1234 (påhittat)", List.of(
                        new TeamMember(Side.SWEDISH, ContactRole.PROJECT_LEADER, "Johan Berglund"),
                        new TeamMember(Side.SWEDISH, ContactRole.UNIT_MANAGER, "Karin Holm"),
                        new TeamMember(Side.SWEDISH, ContactRole.POLITICIAN_MAJORITY, "Lars Ekman"),
                        new TeamMember(Side.SWEDISH, ContactRole.POLITICIAN_OPPOSITION, "Anna Wik"),
                        new TeamMember(Side.FOREIGN, ContactRole.PROJECT_LEADER, "Sipho Molefe"),
                        new TeamMember(Side.FOREIGN, ContactRole.OFFICIAL, "Lerato Khumalo"),
                        new TeamMember(Side.FOREIGN, ContactRole.POLITICIAN_MAJORITY, "Thabo Nkosi"))));
        for (Object[] line : new Object[][]{{CostCategory.TRAVEL, 140_000L}, {CostCategory.ACCOMMODATION, 45_000L},
                {CostCategory.LOCAL_TRAVEL, 20_000L}, {CostCategory.VENUE, 10_000L}, {CostCategory.INTERPRETATION, 15_000L},
                {CostCategory.VISA, 6_000L}, {CostCategory.CLIMATE_COMPENSATION, 8_000L}, {CostCategory.OTHER, 16_000L}}) {
            budgets.setLine(inception.id(), 2020, (CostCategory) line[0], (Long) line[1], null);
        }
        Visit inbound = visits.add(partnership.id(), new VisitDetails(inception.id(), Direction.INBOUND, LocalDate.of(2020, 2, 3),
                LocalDate.of(2020, 2, 7), "Älmhult", List.of(new Participant(Side.FOREIGN, ContactRole.PROJECT_LEADER, 1),
                new Participant(Side.FOREIGN, ContactRole.OFFICIAL, 2), new Participant(Side.FOREIGN, ContactRole.POLITICIAN_MAJORITY, 1)),
                "Att se Älmhults mötesplatser, daglig verksamhet och arbetsträning, och att pröva om vi kan arbeta tillsammans i ett "
                        + "större projekt.", "Besök på daglig verksamhet, arbetsmarknadsenheten och en träffpunkt; möte med "
                        + "socialnämndens presidium.", "Brukarnas egna röster i planeringen gjorde störst intryck."));
        Visit outbound = visits.add(partnership.id(), new VisitDetails(inception.id(), Direction.OUTBOUND, LocalDate.of(2020, 3, 9),
                LocalDate.of(2020, 3, 13), "JB Marks (Potchefstroom)", List.of(
                new Participant(Side.SWEDISH, ContactRole.OPERATIONS_MANAGER, 1), new Participant(Side.SWEDISH, ContactRole.PROJECT_LEADER, 1),
                new Participant(Side.SWEDISH, ContactRole.UNIT_MANAGER, 1)),
                "Att se Drömhuset och hur utslussningen fungerar, och att skissa projektansökan.", null, null));
        budgets.addActual(inception.id(), new ActualDetails(CostCategory.TRAVEL, LocalDate.of(2020, 1, 20), 58_400, null, null,
                "Flyg Johannesburg–Köpenhamn t/r, fyra personer", inbound.id()));
        budgets.addActual(inception.id(), new ActualDetails(CostCategory.ACCOMMODATION, LocalDate.of(2020, 2, 7), 18_200, null, null,
                "Hotell i Älmhult, fyra nätter, fyra personer", inbound.id()));
        budgets.addActual(inception.id(), new ActualDetails(CostCategory.TRAVEL, LocalDate.of(2020, 2, 20), 44_900, null, null,
                "Flyg Köpenhamn–Johannesburg t/r, tre personer", outbound.id()));
        budgets.addActual(inception.id(), new ActualDetails(CostCategory.ACCOMMODATION, LocalDate.of(2020, 3, 13), 12_650, "ZAR",
                new java.math.BigDecimal("21500.00"), "Gästhus i Potchefstroom, fyra nätter, tre personer", outbound.id()));
        budgets.addActual(inception.id(), new ActualDetails(CostCategory.VISA, LocalDate.of(2020, 1, 16), 2_400, null, null,
                "Visum för fyra besökare", inbound.id()));
        budgets.claim(inception.id(), LocalDate.of(2020, 8, 28), 136_550);

        Result goal = results.add(partnership.id(), ResultLevel.GOAL, null,
                "Personer med psykisk ohälsa och funktionsvariation är delaktiga i samhället i båda kommunerna");
        Result outcome = results.add(partnership.id(), ResultLevel.OUTCOME, goal.id(),
                "Kommunerna har arbetssätt för mötesplatser och sysselsättning som utgår från brukarnas behov");
        Result output = results.add(partnership.id(), ResultLevel.OUTPUT, outcome.id(),
                "En gemensam projektansökan med en plan för Drömhusets utveckling");
        results.add(partnership.id(), ResultLevel.ACTIVITY, output.id(), "Två utbytesbesök och en gemensam workshop");
        results.addIndicator(partnership.id(), new IndicatorDetails(output.id(), "Projektansökan inlämnad till ICLD",
                ChangeLevel.ORGANISATIONAL, "Ingen ansökan", "Ansökan inlämnad senast juni 2020", "ICLD:s kvittens",
                List.of(new YearValue(2020, "Inlämnad 2020-06-15"))));
        Report report = reports.start(inception.id(), ReportKind.FINAL, 2020, new Narrative(
                "Två besök genomfördes och en projektansökan lämnades in. Båda parter har sett hur den andra arbetar.",
                "Det planerade återbesöket i maj ställdes in när resor inte längre var möjliga (pandemin).",
                "Att hålla kontakten digitalt med olika förutsättningar för uppkoppling.",
                "Brukarnas delaktighet från början gör planerna bättre; politikerna behöver vara med tidigt."));
        reports.submit(report.id(), report.version(), LocalDate.of(2020, 8, 28));
        LOG.info("Demo data: partnership {} in tenant {}", TITLE, ALMHULT);
    }
}
