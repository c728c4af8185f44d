package se.samverka.platform.core.hosting;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.servlet.engine.initializer.MicronautServletInitializer;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * The paths Micronaut serves besides {@code micronaut.servlet.mapping} ({@code /api/*}): sign-in and
 * OAuth endpoints, health and metrics. Vaadin serves everything else.
 */
@Singleton
public class MicronautServletMappings implements BeanCreatedEventListener<MicronautServletInitializer> {

    static final List<String> MAPPINGS = List.of("/auth/*", "/oauth/*", "/health", "/health/*", "/prometheus");

    @Override
    public MicronautServletInitializer onCreated(BeanCreatedEvent<MicronautServletInitializer> event) {
        MicronautServletInitializer initializer = event.getBean();
        MAPPINGS.forEach(initializer::addMicronautServletMapping);
        return initializer;
    }
}
