package se.samverka.platform.api.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.data.model.Page;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, the envelope of every list endpoint: its items, the total over all pages, and the
 * page asked for (from 0) with its size. Every field is always written, an empty list as {@code []}
 * (Micronaut Serde would leave it out).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ItemPage<T>(List<T> items, long total, int page, int size) {

    /** A page of the repository's entities as the API's views of them. */
    public static <E, T> ItemPage<T> of(Page<E> page, Function<E, T> item) {
        return new ItemPage<>(page.getContent().stream().map(item).toList(), page.getTotalSize(),
                page.getPageNumber(), page.getSize());
    }
}
