package se.samverka.partnerships.partnership;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** Something ICLD's rules would question, told without refusing: a message key and its arguments. */
@Serdeable
public record Warning(String messageKey, List<Object> arguments) {
}
