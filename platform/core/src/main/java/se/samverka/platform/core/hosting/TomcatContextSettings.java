package se.samverka.platform.core.hosting;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.http.Rfc6265CookieProcessor;

/**
 * What micronaut-servlet's embedded Tomcat context lacks for a web application:
 * <ul>
 *   <li>the standard file-type to MIME-type mappings, without which Vaadin's bundle is served with no
 *       Content-Type and browsers refuse to run it (the page stays blank);</li>
 *   <li>{@code SameSite=Lax} on every cookie (the session cookie, Vaadin's JSESSIONID, the language),
 *       which the servlet cookie API cannot say;</li>
 *   <li>(Tomcat's own error pages, without its version or report, are {@link ProblemErrorPages}'.)</li>
 * </ul>
 */
@Singleton
public class TomcatContextSettings implements BeanCreatedEventListener<Tomcat> {

    @Override
    public Tomcat onCreated(BeanCreatedEvent<Tomcat> event) {
        Tomcat tomcat = event.getBean();
        for (Container child : tomcat.getHost().findChildren()) {
            if (child instanceof Context context) {
                Tomcat.addDefaultMimeTypeMappings(context);
                Rfc6265CookieProcessor processor = new Rfc6265CookieProcessor();
                processor.setSameSiteCookies("Lax");
                context.setCookieProcessor(processor);
            }
        }
        return tomcat;
    }
}
