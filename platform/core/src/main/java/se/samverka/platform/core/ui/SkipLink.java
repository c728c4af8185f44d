package se.samverka.platform.core.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Anchor;

/**
 * "Hoppa till huvudinnehållet": the first focusable element of every page (WCAG 2.4.1), hidden until it
 * has focus, moving focus to the page's main region ({@link #TARGET}, which has {@code tabindex=-1}).
 * The move is done in the browser, without Vaadin's router (which would treat the fragment as a
 * navigation) and without a server round trip. Its style goes into the page once: the platform ships
 * no stylesheet of its own, and the production bundle is built without it.
 */
public class SkipLink extends Anchor {

    /** The id of the main region a skip link moves focus to. */
    public static final String TARGET = "main-content";

    private static final String STYLE = """
            .samverka-skip-link { position: absolute; left: var(--lumo-space-s); top: -10rem; z-index: 1000;
              padding: var(--lumo-space-s) var(--lumo-space-m); border-radius: var(--lumo-border-radius-m);
              background: var(--lumo-base-color); color: var(--lumo-primary-text-color); font-weight: 600;
              box-shadow: var(--lumo-box-shadow-m); text-decoration: underline; }
            .samverka-skip-link:focus { top: var(--lumo-space-s); outline: 3px solid var(--lumo-primary-color); outline-offset: 2px; }
            #main-content:focus { outline: none; }
            """;

    public SkipLink() {
        super("#" + TARGET, "");
        setText(getTranslation("skip.toMain"));
        setId("skip-link");
        addClassName("samverka-skip-link");
        getElement().setAttribute("router-ignore", true);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs("""
                if (!document.getElementById('samverka-skip-link-style')) {
                  const style = document.createElement('style');
                  style.id = 'samverka-skip-link-style';
                  style.textContent = $0;
                  document.head.appendChild(style);
                }
                if (!this.__samverkaSkip) {
                  this.__samverkaSkip = true;
                  this.addEventListener('click', event => {
                    const main = document.getElementById($1);
                    if (main) {
                      event.preventDefault();
                      main.focus();
                      main.scrollIntoView();
                    }
                  });
                }
                """, STYLE, TARGET);
    }
}
