package se.samverka.platform.core.hosting;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.http.Rfc6265CookieProcessor;

/**
 * Every cookie of the portal (the session cookie, Vaadin's JSESSIONID, the language) gets
 * {@code SameSite=Lax}: the servlet cookie API cannot say it, so Tomcat's cookie processor does.
 */
@Singleton
public class SameSiteCookies implements BeanCreatedEventListener<Tomcat> {

    @Override
    public Tomcat onCreated(BeanCreatedEvent<Tomcat> event) {
        Tomcat tomcat = event.getBean();
        for (Container child : tomcat.getHost().findChildren()) {
            if (child instanceof Context context) {
                Rfc6265CookieProcessor processor = new Rfc6265CookieProcessor();
                processor.setSameSiteCookies("Lax");
                context.setCookieProcessor(processor);
            }
        }
        return tomcat;
    }
}
