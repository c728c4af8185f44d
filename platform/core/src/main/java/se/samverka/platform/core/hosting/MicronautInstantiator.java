package se.samverka.platform.core.hosting;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micronaut.context.ApplicationContext;

import java.util.stream.Stream;

/**
 * Vaadin creates views, layouts and everything else through this: a class Micronaut knows (a view
 * annotated {@code @Prototype}, say) comes from Micronaut with constructor injection; others are
 * created the Vaadin way. The pattern of Vaadin's own CDI and Quarkus add-ons.
 */
public class MicronautInstantiator extends DefaultInstantiator {

    private final ApplicationContext context;

    public MicronautInstantiator(VaadinService service, ApplicationContext context) {
        super(service);
        this.context = context;
    }

    @Override
    public <T> T getOrCreate(Class<T> type) {
        if (context.containsBean(type)) {
            return context.getBean(type);
        }
        return super.getOrCreate(type);
    }

    @Override
    public <T extends Component> T createComponent(Class<T> componentClass) {
        return getOrCreate(componentClass);
    }

    @Override
    public Stream<VaadinServiceInitListener> getServiceInitListeners() {
        return Stream.concat(super.getServiceInitListeners(),
                context.getBeansOfType(VaadinServiceInitListener.class).stream());
    }

    @Override
    public I18NProvider getI18NProvider() {
        return context.findBean(I18NProvider.class).orElseGet(super::getI18NProvider);
    }
}
