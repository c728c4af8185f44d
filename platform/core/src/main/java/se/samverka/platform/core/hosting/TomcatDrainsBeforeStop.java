package se.samverka.platform.core.hosting;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.startup.Tomcat;

/**
 * On SIGTERM micronaut-servlet stops the embedded Tomcat first and runs Micronaut's graceful shutdown only
 * afterwards, so Tomcat cut the requests in progress after its own two seconds (an upload still arriving
 * answered Tomcat's 500). Before Tomcat stops, while it still serves, this waits for the requests in
 * progress ({@link InFlightRequests}, within the grace period).
 */
@Singleton
public class TomcatDrainsBeforeStop implements BeanCreatedEventListener<Tomcat> {

    private final InFlightRequests inFlight;

    TomcatDrainsBeforeStop(InFlightRequests inFlight) {
        this.inFlight = inFlight;
    }

    @Override
    public Tomcat onCreated(BeanCreatedEvent<Tomcat> event) {
        Tomcat tomcat = event.getBean();
        tomcat.getServer().addLifecycleListener(lifecycle -> {
            if (Lifecycle.BEFORE_STOP_EVENT.equals(lifecycle.getType())) {
                inFlight.awaitNone();
            }
        });
        return tomcat;
    }
}
