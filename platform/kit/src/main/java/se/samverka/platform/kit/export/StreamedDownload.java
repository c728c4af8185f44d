package se.samverka.platform.kit.export;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.context.ServerRequestContext;
import se.samverka.platform.api.http.Attachment;

import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.util.function.Consumer;

/**
 * A download whose body is written as the response goes out (an export read page by page). It is
 * written after the controller returns, so it runs in the request's context again: the tenant and the
 * user come from there. Read and refuse the request's parameters before, so a refusal is still a proper
 * problem answer and not a broken file.
 */
public final class StreamedDownload {

    private StreamedDownload() {
    }

    public static HttpResponse<Writable> of(HttpRequest<?> request, String contentType, String fileName,
                                            Consumer<OutputStream> content) {
        Writable body = new Writable() {
            @Override
            public void writeTo(Writer out) {
                throw new UnsupportedOperationException("binary content");
            }

            @Override
            public void writeTo(OutputStream out, @Nullable Charset charset) {
                ServerRequestContext.with(request, () -> content.accept(out));
            }
        };
        return Attachment.download(HttpResponse.ok(body), contentType, fileName);
    }
}
