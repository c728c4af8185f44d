package se.samverka.partnerships.results;

import jakarta.inject.Singleton;
import se.samverka.platform.api.data.RowsConverter;

import java.util.List;

/** An indicator's actuals in one column: {@code year|value}, one per line. */
@Singleton
class YearValuesConverter extends RowsConverter<YearValue> {

    @Override
    protected List<String> fields(YearValue v) {
        return List.of(String.valueOf(v.year()), v.value());
    }

    @Override
    protected YearValue row(List<String> f) {
        return new YearValue(Integer.parseInt(f.get(0)), String.join("/", f.subList(1, f.size())));
    }
}
