package se.samverka.partnerships.results;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.samverka.platform.api.data.Texts;
import se.samverka.platform.api.refusal.Refusal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** An indicator as entered; {@code actuals} one value per accounting year. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record IndicatorDetails(long resultId, String name, ChangeLevel level, @Nullable String baseline, @Nullable String target,
                               @Nullable String verification, List<YearValue> actuals) {

    public IndicatorDetails {
        actuals = actuals == null ? List.of() : List.copyOf(actuals);
    }

    IndicatorDetails validated() {
        String checkedName = Texts.required("name", "partnerships.field.indicator-name", name, 500);
        if (level == null) {
            throw new Refusal(Texts.REQUIRED, Refusal.label("partnerships.field.change-level")).at("level");
        }
        List<YearValue> values = new ArrayList<>();
        for (YearValue v : actuals) {
            String value = v == null ? null : Texts.optional("actuals", "partnerships.field.actual", v.value(), Texts.SHORT);
            if (value != null) {
                if (values.stream().anyMatch(other -> other.year() == v.year())) {
                    throw new Refusal("partnerships.indicator.year-twice", v.year()).at("actuals");
                }
                values.add(new YearValue(v.year(), value));
            }
        }
        values.sort(Comparator.comparing(YearValue::year));
        return new IndicatorDetails(resultId, checkedName, level,
                Texts.optional("baseline", "partnerships.field.baseline", baseline, Texts.SHORT),
                Texts.optional("target", "partnerships.field.target", target, Texts.SHORT),
                Texts.optional("verification", "partnerships.field.verification", verification, 500), values);
    }
}
