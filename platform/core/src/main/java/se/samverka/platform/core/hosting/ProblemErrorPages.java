package se.samverka.platform.core.hosting;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import org.apache.catalina.Host;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.valves.ErrorReportValve;
import se.samverka.platform.api.i18n.Languages;
import se.samverka.platform.api.i18n.Translations;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * What Tomcat refuses itself, before the portal sees the request (a request target with characters it
 * does not allow such as {@code []}, an encoded slash in the path, a malformed request line), answered like
 * every other refusal: translated problem+json with {@code code}, instead of Tomcat's HTML page, which names
 * its version and Java exceptions. Answers the application wrote are left as they are.
 */
@Singleton
public class ProblemErrorPages implements BeanCreatedEventListener<Tomcat> {

    private final Translations translations;

    ProblemErrorPages(Translations translations) {
        this.translations = translations;
    }

    @Override
    public Tomcat onCreated(BeanCreatedEvent<Tomcat> event) {
        Tomcat tomcat = event.getBean();
        Host host = tomcat.getHost();
        // the host adds an error report valve of this class only when it has none: ours
        if (host instanceof StandardHost standard) {
            standard.setErrorReportValveClass(ProblemValve.class.getName());
        }
        host.getPipeline().addValve(new ProblemValve(translations));
        return tomcat;
    }

    /** Tomcat's error report valve writing the platform's problem instead of HTML. */
    public static final class ProblemValve extends ErrorReportValve {

        private static final Map<Integer, String> KEYS = Map.of(
                404, "refusal.nothing-here",
                405, "refusal.request.method",
                413, "refusal.request.too-large",
                415, "refusal.request.media-type");

        private final Translations translations;

        public ProblemValve(Translations translations) {
            this.translations = translations;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            Locale locale = Languages.preferred(request.getHeader("Accept-Language"));
            String key = status >= 500 ? "refusal.request.failed" : KEYS.getOrDefault(status, "refusal.request.invalid");
            String code = status == 404 ? "refusal.not-found" : key;
            String json = "{\"type\":\"about:blank\",\"status\":" + status + ",\"detail\":" + quoted(translations.get(locale, key))
                    + ",\"code\":" + quoted(code) + "}";
            try {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.setHeader("Content-Language", locale.getLanguage());
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(json);
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the client has gone: nothing to tell it
            }
        }

        private static String quoted(String text) {
            StringBuilder quoted = new StringBuilder("\"");
            for (char c : text.toCharArray()) {
                if (c == '"' || c == '\\') {
                    quoted.append('\\').append(c);
                } else if (c < 0x20) {
                    quoted.append(String.format("\\u%04x", (int) c));
                } else {
                    quoted.append(c);
                }
            }
            return quoted.append('"').toString();
        }
    }
}
