package se.samverka.partnerships.budget;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samverka.partnerships.budget.BudgetRepositories.CeilingRepository;
import se.samverka.partnerships.country.EligibleCountries;
import se.samverka.partnerships.country.Region;
import se.samverka.partnerships.phase.PhaseKind;
import se.samverka.platform.api.audit.AuditLog;
import se.samverka.platform.api.audit.FieldValues;
import se.samverka.platform.api.data.Texts;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.validation.Amounts;
import se.samverka.platform.api.security.CurrentUser;
import se.samverka.platform.api.security.Roles;
import se.samverka.platform.api.security.Sight;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ICLD's budget ceilings as each tenant keeps them: a tenant starts with the figures of the module's file
 * ({@code partnerships/ceilings.csv}) and its administrator changes them when ICLD does. A budget over its
 * ceiling is warned about with the figure, never refused: ICLD decides.
 */
@Singleton
public class Ceilings {

    private final CeilingRepository ceilings;
    private final EligibleCountries countries;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final Map<String, Long> defaults = readDefaults();

    Ceilings(CeilingRepository ceilings, EligibleCountries countries, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.ceilings = ceilings;
        this.countries = countries;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every phase kind's ceiling in every region, the tenant's own where it set one. */
    @Transactional(readOnly = true)
    public Map<String, Long> all() {
        Map<String, Long> all = new LinkedHashMap<>(defaults);
        ceilings.findAll().forEach(c -> all.put(key(c.phaseKind(), c.region()), c.amountSek()));
        return all;
    }

    /** Every ceiling, by phase kind and region, for the tenant's staff (empty for anyone else). */
    @Transactional(readOnly = true)
    public List<CeilingFigure> figures() {
        if (!(currentUser.sight() instanceof Sight.WholeTenant)) {
            return List.of();
        }
        Map<String, Ceiling> own = new HashMap<>();
        ceilings.findAll().forEach(c -> own.put(key(c.phaseKind(), c.region()), c));
        List<CeilingFigure> figures = new ArrayList<>();
        for (PhaseKind kind : PhaseKind.values()) {
            for (Region region : Region.values()) {
                String key = key(kind, region);
                Ceiling set = own.get(key);
                if (set != null) {
                    figures.add(new CeilingFigure(kind, region, set.amountSek(), true));
                } else if (defaults.containsKey(key)) {
                    figures.add(new CeilingFigure(kind, region, defaults.get(key), false));
                }
            }
        }
        return figures;
    }

    /** The ceilings that apply to a partnership in the country (its region's), by phase kind. */
    @Transactional(readOnly = true)
    public Map<PhaseKind, Long> forCountry(String countryCode) {
        Map<PhaseKind, Long> forRegion = new EnumMap<>(PhaseKind.class);
        countries.regionOf(countryCode).ifPresent(region -> {
            Map<String, Long> all = all();
            for (PhaseKind kind : PhaseKind.values()) {
                Long amount = all.get(key(kind, region));
                if (amount != null) {
                    forRegion.put(kind, amount);
                }
            }
        });
        return forRegion;
    }

    /** The tenant administrator sets a ceiling. */
    @Transactional
    public void set(PhaseKind kind, Region region, Long amountSek) {
        String actor = currentUser.requireOneOf(Set.of(Roles.TENANT_ADMIN));
        if (kind == null || region == null) {
            throw new Refusal("partnerships.ceiling.kind-and-region").at(kind == null ? "phaseKind" : "region");
        }
        if (amountSek == null) {
            throw new Refusal(Texts.REQUIRED, Refusal.label("partnerships.field.amount-sek")).at("amountSek");
        }
        if (amountSek < 0) {
            throw new Refusal("partnerships.amount.negative").at("amountSek");
        }
        Amounts.check(amountSek, "amountSek");
        Long before = all().get(key(kind, region));
        ceilings.findByPhaseKindAndRegion(kind, region).ifPresentOrElse(
                c -> ceilings.update(new Ceiling(c.id(), c.tenantId(), kind, region, amountSek, clock.instant(), actor, c.version())),
                () -> ceilings.save(new Ceiling(null, null, kind, region, amountSek, clock.instant(), actor, null)));
        audit.record("update", "partnership-ceiling", key(kind, region),
                FieldValues.changes(Map.of("amountSek", String.valueOf(before)), Map.of("amountSek", String.valueOf(amountSek))));
    }

    /**
     * The administrator's form: every figure that differs from the current one is set, all or none; a refusal
     * names its figure's field, {@code <PHASE_KIND>.<REGION>}.
     */
    @Transactional
    public void setAll(List<CeilingFigure> wanted) {
        Map<String, Long> current = all();
        for (CeilingFigure figure : wanted) {
            if (!Long.valueOf(figure.amountSek()).equals(current.get(key(figure.phaseKind(), figure.region())))) {
                try {
                    set(figure.phaseKind(), figure.region(), figure.amountSek());
                } catch (Refusal refusal) {
                    throw refusal.at(figure.phaseKind().name() + "." + figure.region().name());
                }
            }
        }
    }

    public boolean maySet() {
        return currentUser.get().map(u -> u.hasRole(Roles.TENANT_ADMIN)).orElse(false);
    }

    static String key(PhaseKind kind, Region region) {
        return kind.name() + "/" + region.name();
    }

    private static Map<String, Long> readDefaults() {
        Map<String, Long> read = new LinkedHashMap<>();
        try (InputStream in = Ceilings.class.getClassLoader().getResourceAsStream("partnerships/ceilings.csv")) {
            if (in == null) {
                throw new IllegalStateException("partnerships/ceilings.csv is missing");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split(";");
                    read.put(key(PhaseKind.valueOf(f[0].trim()), Region.valueOf(f[1].trim())), Long.parseLong(f[2].trim()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return java.util.Collections.unmodifiableMap(read);
    }
}
