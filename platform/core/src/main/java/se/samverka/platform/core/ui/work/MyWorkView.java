package se.samverka.platform.core.ui.work;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import se.samverka.platform.api.work.WorkSource;
import se.samverka.platform.core.ui.MainLayout;
import se.samverka.platform.core.work.MyWork;
import se.samverka.platform.core.work.MyWork.ModuleWork;

import java.util.List;

/** Everything the user has to do in the current tenant, from every enabled module, most urgent first. */
@Prototype
@PermitAll
@Route(value = MyWorkView.ROUTE, layout = MainLayout.class)
public class MyWorkView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "my-work";

    MyWorkView(MyWork work) {
        setId("my-work-view");
        add(new H1(getTranslation("work.title")));
        List<ModuleWork> items = work.items();
        Paragraph intro = new Paragraph(getTranslation(items.isEmpty() ? "work.empty" : "work.intro", WorkSource.SOON_DAYS));
        intro.setId("my-work-intro");
        add(intro, new MyWorkList(items, 2));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("work.title") + " – Samverka";
    }
}
