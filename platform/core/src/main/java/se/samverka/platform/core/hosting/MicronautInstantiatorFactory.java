package se.samverka.platform.core.hosting;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.di.InstantiatorFactory;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletService;
import io.micronaut.context.ApplicationContext;

/** Found through Vaadin's Lookup; gives every Vaadin service an instantiator backed by Micronaut. */
public class MicronautInstantiatorFactory implements InstantiatorFactory {

    @Override
    public Instantiator createInstantitor(VaadinService service) {
        if (!(service instanceof VaadinServletService servletService)) {
            return null;
        }
        Object context = servletService.getServlet().getServletContext().getAttribute(ApplicationContext.class.getName());
        return context instanceof ApplicationContext ctx ? new MicronautInstantiator(service, ctx) : null;
    }
}
