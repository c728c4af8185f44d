package se.samverka.platform.core.i18n;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.samverka.platform.core.TestTenants;
import se.samverka.testkit.PortalExtension;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;

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
    void everyPlatformKeyExistsInBothLanguages() throws IOException {
        assertThat(keys("/i18n/platform_en.properties")).isEqualTo(keys("/i18n/platform.properties"));
    }

    private static java.util.Set<Object> keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PortalI18NProviderTest.class.getResourceAsStream(resource)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties.keySet();
    }
}
