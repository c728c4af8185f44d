package se.samverka.partnerships.round;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;
import se.samverka.platform.api.data.Texts;
import se.samverka.platform.api.refusal.Refusal;

import java.time.LocalDate;

/** An application round as entered: its name and the day applications close. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record RoundDetails(String name, LocalDate closesOn) {

    RoundDetails validated() {
        String checked = Texts.required("name", "partnerships.field.round-name", name, Texts.SHORT);
        if (closesOn == null) {
            throw new Refusal(Texts.REQUIRED, Refusal.label("partnerships.field.closes-on")).at("closesOn");
        }
        return new RoundDetails(checked, closesOn);
    }
}
