package se.samverka.agreements.api;

import io.micronaut.data.model.Page;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list: its items, the total over all pages, and the page asked for (from 0). Every
 * field is always written, an empty list as {@code []} and an absent value as {@code null}
 * (Micronaut Serde would leave them out); so are those of the other answers.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ItemPage<T>(List<T> items, long total, int page, int size) {

    static <E, T> ItemPage<T> of(Page<E> page, Function<E, T> item) {
        return new ItemPage<>(page.getContent().stream().map(item).toList(), page.getTotalSize(),
                page.getPageNumber(), page.getSize());
    }
}
