package se.samverka.agreements.demo;

import se.samverka.agreements.agreement.AgreementForm;
import se.samverka.agreements.agreement.AgreementPeriod;
import se.samverka.agreements.agreement.AgreementTerms;
import se.samverka.agreements.agreement.AgreementTexts;
import se.samverka.agreements.agreement.ContributionTerms;
import se.samverka.agreements.agreement.FollowUpArrangement;
import se.samverka.agreements.agreement.PartyTerms;
import se.samverka.agreements.agreement.ReportingFrequency;
import se.samverka.agreements.agreement.SignatoryTerms;
import se.samverka.agreements.agreement.SteeringArrangement;
import se.samverka.agreements.followup.IndicatorDefinition;
import se.samverka.agreements.followup.ReportStatus;
import se.samverka.agreements.lifecycle.AgreementStatus;
import se.samverka.agreements.lifecycle.Decision;
import se.samverka.platform.api.partners.PartnerDetails;
import se.samverka.platform.api.partners.PartnerKind;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo agreements. Organisations, organisation numbers, registry number KS/2024:2095 and the
 * agreement texts are public facts from the source documents (seeds 000, 002, 003). Every person
 * (signatories, contacts) is invented, and so are the figures that the sources do not give: the
 * decision dates and bodies of seeds 000 and 002, the registry numbers there, the contributions,
 * the meetings and the reported counts. Those are marked "(demodata)" or "påhittat" where a user sees them.
 */
final class DemoCatalogue {

    private DemoCatalogue() {
    }

    static Map<String, List<DemoAgreement>> byTenant() {
        Map<String, List<DemoAgreement>> all = new LinkedHashMap<>();
        all.put("orust", List.of(orustJunis()));
        all.put("region-jonkoping", List.of(jonkopingVarsol(), jonkopingOrigo()));
        all.put("region-stockholm", List.of(stockholmEricastiftelsen()));
        return all;
    }

    /** Seed 003: the decision KS/2024:2095 and its agreement, with the period as it was meant (2024–2026). */
    static DemoAgreement orustJunis() {
        PartnerDetails junis = new PartnerDetails("Junis Göteborg och Bohusläns distrikt", "857204-3795",
                PartnerKind.NON_PROFIT_ASSOCIATION, null, "junis", "Elin Sandberg (påhittad kontaktperson)",
                "kontakt@junis.example.org", null, null);
        AgreementTexts texts = new AgreementTexts(
                """
                Syftet med överenskommelsen är att skapa ett långsiktigt hållbart Orust genom att stärka samspelet \
                mellan den offentliga och den idéburna sektorn. Med den ”idéburna sektorn” menas de organisationer som \
                främjar ett värde, ett mål eller en idé som gynnar allmän- eller medlemsintresset, men som inte är \
                ekonomiskt vinstdrivande eller en del av stat och kommun. Överenskommelser som IOP synliggör och stärker \
                den idéburna sektorns självständiga och oberoende roll som röstbärare, opinionsbildare och möjliggörare \
                för ideella organisationer att utgöra en viktig aktör inom välfärdsutvecklingen.

                Orust kommun och Junis Göteborg och Bohusläns distrikt har identifierat gruppen barn som växer upp med \
                anhöriga som har psykisk ohälsa, beroendeproblematik eller erfarenhet av våld i nära relationer på \
                Orust. Tillsammans vill vi ge dessa barn och ungdomar stöd och förutsättningar för att hantera sin situation.

                Det avtalade partnerskapet är framarbetat mellan parterna på initiativ av Folkhälsorådet i Orust kommun. \
                Avtalet avser dels driften av stödgruppverksamheten dels fritidsverksamheten. Avtalet reglerar åtagande, \
                organisation och de ekonomiska förutsättningarna.""",
                """
                Syftet med överenskommelsen är att stödja barn och unga som lever i familjer med beroendeproblematik, \
                psykisk ohälsa, separerade föräldrar eller har upplevt våld i nära relation. Det är en målgrupp som både \
                Junis Göteborg och Bohusläns distrikt och Orust kommun ser ett behov av att stödja för att motverka \
                ohälsa och utanförskap. Verksamheten ligger i linje med det folkhälsoarbete som bedrivs både på lokal \
                och regional nivå där målet är att utjämna skillnader i hälsa och arbeta för en god hälsa för alla. \
                Verksamheten är frivillig och kostnadsfri och med ett uttalat barnperspektiv.

                Den är ett komplement till övriga offentliga verksamheter.""",
                """
                Stödgruppverksamheten vänder sig till barn och unga i skolåldern som lever som närstående till vuxna \
                med psykisk ohälsa, missbruks- eller beroendeproblematik, separerade föräldrar eller upplevt våld i nära \
                relationer.""",
                """
                Stödgrupsverksamheten Klubb BUSA är en verksamhet inom Junis Göteborg och Bohusläns distrikt som vänder \
                sig till barn och unga i skolåldern som lever i familjer med beroendeproblematik, psykisk ohälsa, \
                separerade föräldrar eller har upplevt våld i nära relation. Stödgrupsverksamheten är frivillig och \
                kostnadsfri och har ett uttalat barnperspektiv. Med stöd av pedagogiska övningar och samtal från \
                metodmaterialet ”Hela människan” avlastas och stärks barnen i sin livssituation. Stödgrupsverksamheten \
                ska genomföras på ett sådant sätt att barn/unga oavsett kön, könsidentitet, sexuell läggning, \
                funktionshinder, religion eller annan trosuppfattning kan ta del av verksamheten och dess innehåll.""",
                """
                Partnerskapet skall bygga på öppenhet, dialog och respektfull hantering av de offentliga medel som är \
                avsatta för verksamheten.""",
                """
                Stödgruppverksamheten ska verka för att öka barn och ungdomars kunskap om vad psykisk ohälsa är, vad \
                beroendeproblematik och våld i nära relation innebär och på så sätt göra livet mer begripligt. Genom \
                stödgruppen bryta den sociala och mentala ensamhet som kan uppstå i en sådan livssituation. Öka \
                insikten om att barnet inte har ansvar för familjesituationens förändring. Friskfaktorer som fantasi \
                och kreativitet ska öka i barnets liv.

                Barn och ungdomar på Orust som lever som närstående till vuxna med beroendeproblematik, våld i nära \
                relation och/eller psykisk ohälsa ska ges möjlighet till bibehållen egen psykisk hälsa och utveckling.""",
                """
                De ingående parterna ska aktivt verka för att nå de barn och ungdomar som är i behov av stöd från \
                gruppverksamheten genom ett tydligt samarbete mellan Junis och Orust kommun med dess olika sektorer som \
                träffar målgruppen eller deras närstående.

                Orust kommun ska årligen informera samtliga elever i Orust kommun, i utvalda årskurser, på alla skolor \
                om stödgruppverksamheten.

                Sektor socialtjänst och sektor lärande ska regelbundet informera barn, föräldrar och medarbetare om \
                stödgruppverksamheten och fritidsverksamheten.""",
                "Under projekttiden ansvarar Sektor ledning och verksamhetsstöd för verkställighet.",
                """
                Om betydande avvikelser från verksamhetsplanen sker ska parterna innan förändringarna genomförs föra en \
                dialog och godkänna förändringarna. Om någon av parterna inte uppfyller villkoren för överenskommelsen \
                eller brister i sina åtaganden, eller det råder väsentligt förändrade omständigheter så ska parterna \
                föra en dialog om huruvida avtalet kan fortsätta.""",
                "Part kan häva detta avtal om motpart inte fullföljer sina åtagande och rättelse inte sker utan dröjsmål.",
                "Om tvister uppstår ska dessa i första hand lösas genom dialog mellan avtalsparterna.");
        FollowUpArrangement followUp = new FollowUpArrangement("""
                Statistik från stödgruppsverksamheten Klubb BUSA ska redovisas till styrgruppen varje halvårsskifte \
                enl. följande: antal inskrivna barn och unga; antal pågående grupper/termin; antal nya barn och unga, \
                antal kvarvarande; antal inskrivna som inte deltar i gruppen, om möjligt orsak; antal barn man fått \
                specifik förfrågan om från annan verksamhet; från vilken verksamhet och hur de fått vetskap om \
                gruppverksamheten; antal barn och unga som har haft erfarenhet av våld i nära relationer.""",
                ReportingFrequency.HALF_YEARLY, FollowUpArrangement.DEFAULT_REPORT_DUE_DAYS);
        SteeringArrangement steering = new SteeringArrangement(
                "Styrgrupp med representanter från socialtjänsten, skola och Junis träffas vid behov, dock minst 2 gånger/år.",
                2);
        List<ContributionTerms> orustMoney = years(2024, 2026, 350_000,
                "Personal, administration, lokal, fortbildning och personalhandledning för stödgruppsverksamheten (påhittat belopp)");
        List<ContributionTerms> junisMoney = years(2024, 2026, 60_000,
                "Organisering och kostnad av fritidsverksamheten för barn 7–13 år (påhittat belopp)");
        return new DemoAgreement("orust", junis, partnerId -> new AgreementTerms(
                "KS/2024:2095",
                "Överenskommelse om Idéburet Offentligt Partnerskap (IOP) mellan Orust kommun och Junis Göteborg och Bohusläns distrikt",
                AgreementForm.IOP, texts, AgreementPeriod.of(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31)),
                steering, followUp, List.of(
                new PartyTerms(null, "Orust kommun", "212000-1314", true, List.of(
                        "Orust kommun, sektor lednings- och verksamhetsstöd, sektor Omsorg och sektor lärande, åtar sig att i "
                                + "sin ordinarie verksamhet informera barn/unga/föräldrar om stödgrupsverksamheten och "
                                + "fritidsverksamheten samt att organisera och leda stödgrupsverksamheten. Grupperna leds av "
                                + "personer med adekvat beteendevetenskaplig utbildning. Orust kommun ansvarar för organisering "
                                + "och kostnaden av personal, administration, lokal, fortbildning och personalhandledning för "
                                + "stödgruppsverksamheten.",
                        "Vid behov ska kommunen aktivt hjälpa barn och unga till en första kontakt med stödgruppverksamheten.",
                        "Orust kommun ansvarar för upplåtelse och kostnad av lokaler för fritidsverksamheten."),
                        List.of(new SignatoryTerms("Göran Wiklander", "Kommundirektör", LocalDate.of(2025, 1, 20)),
                                new SignatoryTerms("Birgitta Holmén", "Kommunstyrelsens ordförande", LocalDate.of(2025, 1, 20))),
                        orustMoney),
                new PartyTerms(partnerId, null, null, false, List.of(
                        "Junis åtar sig huvudmannskapet för stödgrupsverksamheten Klubb BUSA.",
                        "Junis åtar sig också att ansvara för organisering och kostnad av fritidsverksamheten enligt "
                                + "överenskommelse riktad till barn i åldern 7 – 13 år inkl. deltagarna för gruppverksamheten.",
                        "Junis åtar sig att organisera och driva en Junis förening för de deltagare i verksamheten som önskar "
                                + "bli medlemmar.",
                        "Junis åtar sig att inbjuda medlemmarna till distriktets övriga verksamhet som till exempel happening, "
                                + "kollon, läger och discon."),
                        List.of(new SignatoryTerms("Malin Öberg", "Ordförande Junis Göteborg och Bohusläns distrikt",
                                        LocalDate.of(2025, 1, 22)),
                                new SignatoryTerms("Tobias Fält", "Sekreterare Junis Göteborg och Bohusläns distrikt",
                                        LocalDate.of(2025, 1, 22))),
                        junisMoney))),
                // the proposal is dated 2024-12-20; the decision's date is invented for the demo
                new Decision("Kommunstyrelsen", LocalDate.of(2025, 1, 15), "KS/2024:2095"),
                AgreementStatus.ACTIVE,
                List.of(LocalDate.of(2024, 3, 12), LocalDate.of(2024, 10, 8), LocalDate.of(2025, 3, 11),
                        LocalDate.of(2025, 9, 30), LocalDate.of(2026, 4, 14)),
                List.of("Socialtjänsten", "Skola", "Junis"),
                List.of(IndicatorDefinition.count("Antal inskrivna barn och unga"),
                        IndicatorDefinition.count("Antal pågående grupper per termin"),
                        IndicatorDefinition.count("Antal nya barn och unga"),
                        IndicatorDefinition.count("Antal kvarvarande"),
                        IndicatorDefinition.count("Antal inskrivna som inte deltar i gruppen"),
                        IndicatorDefinition.text("Orsak till att inskrivna inte deltar (om möjligt)"),
                        IndicatorDefinition.count("Antal barn man fått specifik förfrågan om från annan verksamhet"),
                        IndicatorDefinition.text("Från vilken verksamhet och hur de fått vetskap om gruppverksamheten"),
                        IndicatorDefinition.count("Antal barn och unga som har haft erfarenhet av våld i nära relationer")),
                outcomes("2024-H1", ReportStatus.ACCEPTED, "2024-H2", ReportStatus.ACCEPTED,
                        "2025-H1", ReportStatus.ACCEPTED, "2025-H2", ReportStatus.RETURNED));
    }

    /** Seed 000: Region Jönköpings län and Vårsol Samtalscenter, from the new year after the press release of 2022-11-22. */
    static DemoAgreement jonkopingVarsol() {
        PartnerDetails varsol = new PartnerDetails("Vårsol Samtalscenter", null, PartnerKind.NON_PROFIT_ASSOCIATION, null,
                "varsol", "Anders Lundgren (påhittad kontaktperson)", "kontakt@varsol.example.org", null, "Jönköping");
        AgreementTexts texts = new AgreementTexts(
                "Vårsol Samtalscenter har under flera år samarbetat med Region Jönköpings län genom årliga bidrag. "
                        + "Överenskommelsen ersätter bidragen med ett mer långsiktigt partnerskap, vilket även Vårsol önskat.",
                "Syftet med partnerskapet är att långsiktigt kunna erbjuda samtalsstöd till barn och unga som är anhöriga "
                        + "till någon med fysisk eller psykisk ohälsa. Överenskommelsen är ett komplement till den "
                        + "verksamhet som Region Jönköpings län bedriver i egen regi.",
                "Barn och unga i hela Jönköpings län som är anhöriga till någon med fysisk eller psykisk ohälsa, och deras "
                        + "föräldrar. Organisationen möter varje år cirka 150–200 barn och deras föräldrar.",
                "Samtalsstöd till barn och föräldrar. En del familjer vänder sig direkt till Vårsol medan andra blir lotsade "
                        + "dit av vården. Vid behov startas samtalsgrupper på andra platser än i Jönköping.",
                null, null, null, null, null, null, null);
        return new DemoAgreement("region-jonkoping", varsol, partnerId -> new AgreementTerms(
                "RJL 2022/0001 (påhittat)",
                "Idéburet offentligt partnerskap om samtalsstöd till barn och unga som anhöriga – Vårsol Samtalscenter",
                AgreementForm.IOP, texts, AgreementPeriod.of(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 12, 31)),
                new SteeringArrangement("Styrgrupp med företrädare för regionens folkhälsa och sjukvård och för Vårsol.", 2),
                FollowUpArrangement.DEFAULT,
                List.of(new PartyTerms(null, "Region Jönköpings län", "232100-0057", true,
                                List.of("Regionen ser till att ordna lokaler om det finns behov av att starta samtalsgrupper "
                                        + "på andra platser än i Jönköping."),
                                List.of(new SignatoryTerms("Katarina Ljung", "Regiondirektör", LocalDate.of(2022, 12, 19))),
                                years(2023, 2026, 800_000, "Verksamhetsersättning (påhittat belopp)")),
                        new PartyTerms(partnerId, null, null, false,
                                List.of("Vårsol erbjuder samtalsstöd till barn och unga som är anhöriga och till deras "
                                        + "föräldrar, från hela Jönköpings län."),
                                List.of(new SignatoryTerms("Jonas Berglind", "Ordförande", LocalDate.of(2022, 12, 20))),
                                List.of()))),
                new Decision("Nämnd för folkhälsa och sjukvård (påhittat)", LocalDate.of(2022, 12, 8), "RJL 2022/0001 (påhittat)"),
                AgreementStatus.ACTIVE,
                List.of(LocalDate.of(2023, 4, 18), LocalDate.of(2023, 11, 7), LocalDate.of(2024, 5, 14),
                        LocalDate.of(2024, 11, 12), LocalDate.of(2025, 5, 13), LocalDate.of(2025, 11, 11),
                        LocalDate.of(2026, 5, 12)),
                List.of("Folkhälsa och sjukvård", "Barn- och ungdomspsykiatrin", "Vårsol Samtalscenter"),
                List.of(IndicatorDefinition.count("Antal barn och unga i samtalsstöd"),
                        IndicatorDefinition.count("Antal föräldrar i samtalsstöd"),
                        IndicatorDefinition.count("Antal barn lotsade från vården")),
                outcomes("2023-H1", ReportStatus.ACCEPTED, "2023-H2", ReportStatus.ACCEPTED, "2024-H1", ReportStatus.ACCEPTED,
                        "2024-H2", ReportStatus.ACCEPTED, "2025-H1", ReportStatus.ACCEPTED, "2025-H2", ReportStatus.ACCEPTED,
                        "2026-H1", ReportStatus.SUBMITTED));
    }

    /** Seed 000: Region Jönköpings län and Origo Resurs, "Samtal om livet"; ended at the end of its period. */
    static DemoAgreement jonkopingOrigo() {
        PartnerDetails origo = new PartnerDetails("Origo Resurs", null, PartnerKind.NON_PROFIT_ASSOCIATION, null, "origo",
                "Maria Hedén (påhittad kontaktperson)", "kontakt@origo.example.org", null, null);
        AgreementTexts texts = new AgreementTexts(
                "Origo Resurs arbetar med arbetslivsinriktad rehabilitering och samverkade under 2016–2019 med Region "
                        + "Jönköpings län och Försäkringskassan i ett projekt för att hitta alternativa sätt att främja "
                        + "psykisk hälsa. Projektet resulterade i modellen ”Samtal om livet”.",
                "Att långsiktigt erbjuda samtalsstöd till vuxna som visar tecken på psykisk ohälsa, som ett komplement till "
                        + "den verksamhet som regionen bedriver i egen regi.",
                "Vuxna som visar tecken på psykisk ohälsa.",
                "”Samtal om livet”: att stärka människor att i högre grad påverka sin egen hälsa genom livsreflektion och "
                        + "livshantering i grupp.",
                null, null, null, null, null, null, null);
        return new DemoAgreement("region-jonkoping", origo, partnerId -> new AgreementTerms(
                "RJL 2022/0002 (påhittat)",
                "Idéburet offentligt partnerskap om ”Samtal om livet” – Origo Resurs",
                AgreementForm.IOP, texts, AgreementPeriod.of(LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31)),
                SteeringArrangement.DEFAULT, FollowUpArrangement.DEFAULT,
                List.of(new PartyTerms(null, "Region Jönköpings län", "232100-0057", true, List.of(
                                "Regionen lotsar personer som kan ha nytta av samtalsgrupperna till Origo Resurs."),
                                List.of(new SignatoryTerms("Katarina Ljung", "Regiondirektör", LocalDate.of(2022, 12, 19))),
                                years(2023, 2025, 400_000, "Verksamhetsersättning (påhittat belopp)")),
                        new PartyTerms(partnerId, null, null, false, List.of(
                                "Origo Resurs leder samtalsgrupper enligt modellen ”Samtal om livet”."),
                                List.of(new SignatoryTerms("Per-Olof Rask", "Verksamhetsledare", LocalDate.of(2022, 12, 21))),
                                List.of()))),
                new Decision("Nämnd för folkhälsa och sjukvård (påhittat)", LocalDate.of(2022, 12, 8), "RJL 2022/0002 (påhittat)"),
                AgreementStatus.ENDED,
                List.of(LocalDate.of(2023, 5, 9), LocalDate.of(2023, 11, 14), LocalDate.of(2024, 5, 7),
                        LocalDate.of(2024, 11, 5), LocalDate.of(2025, 5, 6), LocalDate.of(2025, 11, 4)),
                List.of("Folkhälsa och sjukvård", "Origo Resurs"),
                List.of(IndicatorDefinition.count("Antal deltagare i Samtal om livet"),
                        IndicatorDefinition.count("Antal genomförda grupper")),
                outcomes("2023-H1", ReportStatus.ACCEPTED, "2023-H2", ReportStatus.ACCEPTED, "2024-H1", ReportStatus.ACCEPTED,
                        "2024-H2", ReportStatus.ACCEPTED, "2025-H1", ReportStatus.ACCEPTED, "2025-H2", ReportStatus.ACCEPTED));
    }

    /** Seed 002: Region Stockholm and Ericastiftelsen, method development; yearly reports as the foundation writes them. */
    static DemoAgreement stockholmEricastiftelsen() {
        PartnerDetails erica = new PartnerDetails("Ericastiftelsen", null, PartnerKind.FOUNDATION, null, "ericastiftelsen",
                "Helena Strand (påhittad kontaktperson)", "kontakt@ericastiftelsen.example.org", null, "Stockholm");
        AgreementTexts texts = new AgreementTexts(
                "IOP är en samverkansform framtagen för att kunna stödja överenskommelser inom den sociala ekonomin. "
                        + "Partnerskapet är ett samarbete mellan en eller flera offentliga aktörer och en eller flera "
                        + "idéburna aktörer i välfärden, syftar till att uppnå ett gemensamt allmännyttigt mål, och såväl den "
                        + "offentliga som den idéburna aktören bidrar med resurser (Vägledning SBU 2019:56, s. 4).",
                "Ericastiftelsen ska inom ramen för avtalet utveckla nya modeller och arbetssätt som kan användas av flera "
                        + "instanser och på så sätt hjälpa fler. Det finns också ett värde i att arbetet är inkluderande "
                        + "genom att det görs i nära samverkan med barn och unga som blir delaktiga och bidrar till "
                        + "utvecklingen.",
                "Barn och unga som riskerar att hamna i gränszonen mellan olika stödjande och behandlande verksamheter.",
                """
                Exempel på målområden och grupper där arbetssätt bör utvecklas:
                – psykosocialt pedagogiskt anpassningsstöd för barn med olika former av psykiatrisk problematik i \
                kombination med sociala påfrestningar och i särskilt behov av emotionellt stöd;
                – barn och unga i jour- och familjehem, skyddade boenden eller annan institutionsvård;
                – barn och unga som drabbats av psykosocialt och emotionellt belastande krissituationer i behov av ett \
                kvalificerat bemötande präglat av snabb och hög tillgänglighet avseende råd, vägledning och stöd.

                Metodutvecklingen ska dokumenteras, utvärderas och implementeringsstöd till aktuella verksamheter \
                erbjudas när så bedöms lämpligt.""",
                null, null, null,
                "Lämpliga insatser och aktiviteter beslutas i en styrgrupp bestående av medarbetare från Ericastiftelsen "
                        + "samt tjänstemän i Region Stockholm.",
                null, null, null);
        return new DemoAgreement("region-stockholm", erica, partnerId -> new AgreementTerms(
                "RS 2023-0001 (påhittat)",
                "Idéburet offentligt partnerskap om metodutveckling för barn och unga – Ericastiftelsen",
                AgreementForm.IOP, texts, AgreementPeriod.of(LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31)),
                new SteeringArrangement("Medarbetare från Ericastiftelsen samt tjänstemän i Region Stockholm.", 2),
                new FollowUpArrangement("Ericastiftelsen sammanställer varje år en rapport om genomförda aktiviteter "
                        + "föregående år.", ReportingFrequency.YEARLY, 90),
                List.of(new PartyTerms(null, "Region Stockholm", "232100-0016", true, List.of(
                                "Regionen deltar i styrgruppen och bidrar till att metoderna prövas i regionens verksamheter."),
                                List.of(new SignatoryTerms("Fredrik Almgren", "Hälso- och sjukvårdsdirektör", LocalDate.of(2023, 12, 14))),
                                years(2024, 2027, 1_500_000, "Finansiering av metodutvecklingen (påhittat belopp)")),
                        new PartyTerms(partnerId, null, null, false, List.of(
                                "Ericastiftelsen utvecklar, dokumenterar och utvärderar nya modeller och arbetssätt och "
                                        + "erbjuder implementeringsstöd."),
                                List.of(new SignatoryTerms("Sofia Lindeberg", "Verksamhetschef", LocalDate.of(2023, 12, 15))),
                                List.of()))),
                new Decision("Hälso- och sjukvårdsnämnden (påhittat)", LocalDate.of(2023, 11, 28), "RS 2023-0001 (påhittat)"),
                AgreementStatus.ACTIVE,
                List.of(LocalDate.of(2024, 2, 20), LocalDate.of(2024, 9, 17), LocalDate.of(2025, 2, 18),
                        LocalDate.of(2025, 9, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 12, 8)),
                List.of("Ericastiftelsen", "Hälso- och sjukvårdsförvaltningen"),
                List.of(IndicatorDefinition.count("Antal utvecklade eller prövade arbetssätt"),
                        IndicatorDefinition.count("Antal verksamheter som fått implementeringsstöd"),
                        IndicatorDefinition.text("Hur barn och unga har varit delaktiga i utvecklingen")),
                outcomes("2024", ReportStatus.ACCEPTED, "2025", ReportStatus.SUBMITTED));
    }

    private static List<ContributionTerms> years(int first, int last, long amountSek, String description) {
        return java.util.stream.IntStream.rangeClosed(first, last)
                .mapToObj(year -> new ContributionTerms(year, amountSek, description)).toList();
    }

    private static Map<String, ReportStatus> outcomes(Object... labelsAndOutcomes) {
        Map<String, ReportStatus> outcomes = new LinkedHashMap<>();
        for (int i = 0; i < labelsAndOutcomes.length; i += 2) {
            outcomes.put((String) labelsAndOutcomes[i], (ReportStatus) labelsAndOutcomes[i + 1]);
        }
        return outcomes;
    }
}
