package se.samverka.platform.core.i18n;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.samverka.platform.core.TestTenants;
import se.samverka.testkit.BundleCheck;
import se.samverka.testkit.PortalExtension;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PortalI18NProviderTest {

    @RegisterExtension
    static final PortalExtension portal = PortalExtension.of(TestTenants::startPortal);
    static PortalI18NProvider i18n;

    @BeforeAll
    static void start() {
        i18n = portal.bean(PortalI18NProvider.class);
    }

    @Test
    void platformAndModuleBundlesAreMergedInBothLanguages() {
        assertThat(i18n.getTranslation("nav.dashboard", Messages.SWEDISH)).isEqualTo("Översikt");
        assertThat(i18n.getTranslation("nav.dashboard", Locale.ENGLISH)).isEqualTo("Dashboard");
        assertThat(i18n.getTranslation("alpha.greeting", Messages.SWEDISH, "Eva")).isEqualTo("Hej från Alfa, Eva!");
        assertThat(i18n.getTranslation("alpha.greeting", Locale.UK, "Eva")).isEqualTo("Hello from Alpha, Eva!");
    }

    @Test
    void swedishIsTheDefaultForOtherLanguages() {
        assertThat(i18n.getTranslation("nav.dashboard", Locale.GERMAN)).isEqualTo("Översikt");
    }

    @Test
    void aMissingKeyIsVisibleNotFatal() {
        assertThat(i18n.getTranslation("no.such.key", Messages.SWEDISH)).isEqualTo("!no.such.key");
    }

    @Test
    void thePlatformsBundleAndTheTestModulesPassTheBundleChecks() {
        BundleCheck platform = BundleCheck.of("i18n.platform");
        platform.bothLanguagesHaveTheSameKeys();
        platform.everyMessageIsAValidPattern();
        // audit action names, not messages
        Set<String> actions = Set.of("user.invite", "user.remove", "user.role");
        assertThat(platform.everyKeyTheCodeNamesExists(Path.of("src/main/java"), actions)).hasSizeGreaterThan(50);
        assertThat(platform.everyKeyTheCodeNamesExists(Path.of("../api/src/main/java"), Set.of())).hasSizeGreaterThan(10);
        for (String module : new String[]{"i18n.alpha", "i18n.beta"}) {
            BundleCheck bundle = BundleCheck.of(module);
            bundle.bothLanguagesHaveTheSameKeys();
            bundle.everyMessageIsAValidPattern();
            bundle.everyKeyTheCodeNamesExists(Path.of("src/test/java/se/samverka/testmodules"), Set.of());
        }
    }
}
