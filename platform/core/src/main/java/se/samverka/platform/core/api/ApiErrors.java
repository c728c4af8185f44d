package se.samverka.platform.core.api;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;

/** The API's common answers; another tenant's anything is "not found", never "forbidden". */
public final class ApiErrors {

    private ApiErrors() {
    }

    public static HttpStatusException notFound() {
        return new HttpStatusException(HttpStatus.NOT_FOUND, "Not found");
    }
}
