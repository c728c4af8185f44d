package se.samverka.partnerships.country;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * ICLD's list of cooperation countries with the dates each was on it: reference data the same for every
 * tenant, kept by the platform administrator as a file (the module's own list of 2020 unless
 * {@code partnerships.eligible-countries-file} names another), read once at start. A partnership must
 * start in a country eligible on its start date; one whose country left the list later is warned about.
 */
@Singleton
public class EligibleCountries {

    private static final String BUILT_IN = "partnerships/eligible-countries.csv";

    private final List<EligibleCountry> countries;

    EligibleCountries(@Nullable @Value("${partnerships.eligible-countries-file:}") String file) {
        this.countries = file == null || file.isBlank() ? read(builtIn()) : read(open(Path.of(file)));
    }

    /** Every country that is or was on the list, by code. */
    public List<EligibleCountry> all() {
        return countries;
    }

    public Optional<EligibleCountry> find(String code) {
        return countries.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public boolean eligibleOn(String code, LocalDate date) {
        return countries.stream().anyMatch(c -> c.code().equals(code) && c.eligibleOn(date));
    }

    /** The region of the country's ceilings (the newest entry's). */
    public Optional<Region> regionOf(String code) {
        return countries.stream().filter(c -> c.code().equals(code)).max(Comparator.comparing(EligibleCountry::from))
                .map(EligibleCountry::region);
    }

    private static InputStream builtIn() {
        InputStream in = EligibleCountries.class.getClassLoader().getResourceAsStream(BUILT_IN);
        if (in == null) {
            throw new IllegalStateException("the module's list of eligible countries is missing: " + BUILT_IN);
        }
        return in;
    }

    private static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the list of eligible countries " + file, e);
        }
    }

    static List<EligibleCountry> read(InputStream in) {
        List<EligibleCountry> read = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(";", -1);
                if (f.length < 3) {
                    throw new IllegalArgumentException("not code;region;from;to: " + line);
                }
                read.add(new EligibleCountry(f[0].trim().toUpperCase(Locale.ROOT), Region.valueOf(f[1].trim()),
                        LocalDate.parse(f[2].trim()), f.length > 3 && !f[3].isBlank() ? LocalDate.parse(f[3].trim()) : null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(read);
    }
}
