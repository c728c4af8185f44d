package se.samverka.platform.core.tenant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TenantFileLoaderTest {

    @TempDir
    Path folder;

    private static final String VALID = """
            id: orust
            name: Orust kommun
            kind: municipality
            organisationNumber: 212000-1314
            hosts: [orust.example.se]
            locale: sv
            brandColour: "#00558C"
            modules: []
            """;

    @Test
    void theRepositorysTenantFilesAreValid() {
        List<TenantDefinition> tenants = new TenantFileLoader().load(Path.of("../../tenants"));

        assertThat(tenants).extracting(TenantDefinition::id)
                .containsExactlyInAnyOrder("orust", "region-jonkoping", "region-stockholm", "almhult");
        assertThat(tenants).filteredOn(t -> t.id().equals("orust")).singleElement()
                .satisfies(t -> {
                    assertThat(t.name()).isEqualTo("Orust kommun");
                    assertThat(t.organisationNumber()).isEqualTo("212000-1314");
                    assertThat(t.kind()).isEqualTo(TenantKind.MUNICIPALITY);
                });
    }

    @Test
    void aValidFileIsRead() throws IOException {
        write("orust.yaml", VALID);

        TenantDefinition tenant = new TenantFileLoader().load(folder).get(0);

        assertThat(tenant.hosts()).containsExactly("orust.example.se");
        assertThat(tenant.brandColour()).isEqualTo("#00558C");
    }

    @Test
    void brokenYamlNamesTheFile() throws IOException {
        write("orust.yaml", "id: orust\nname: [unclosed");

        assertThatThrownBy(() -> new TenantFileLoader().load(folder))
                .isInstanceOf(TenantFileException.class).hasMessageContaining("orust.yaml").hasMessageContaining("YAML");
    }

    @Test
    void aMissingFieldIsNamed() throws IOException {
        write("orust.yaml", VALID.replace("name: Orust kommun\n", ""));

        assertThatThrownBy(() -> new TenantFileLoader().load(folder))
                .isInstanceOf(TenantFileException.class)
                .hasMessageContaining("orust.yaml").hasMessageContaining("'name'").hasMessageContaining("missing");
    }

    @Test
    void anUnknownFieldIsNamed() throws IOException {
        write("orust.yaml", VALID + "colour: red\n");

        assertThatThrownBy(() -> new TenantFileLoader().load(folder))
                .isInstanceOf(TenantFileException.class).hasMessageContaining("'colour'");
    }

    @Test
    void anInvalidOrganisationNumberIsRefused() throws IOException {
        write("orust.yaml", VALID.replace("212000-1314", "212000-1315"));

        assertThatThrownBy(() -> new TenantFileLoader().load(folder))
                .isInstanceOf(TenantFileException.class).hasMessageContaining("'organisationNumber'").hasMessageContaining("check digit");
    }

    @Test
    void aWrongKindIsRefused() throws IOException {
        write("orust.yaml", VALID.replace("kind: municipality", "kind: county"));

        assertThatThrownBy(() -> new TenantFileLoader().load(folder))
                .isInstanceOf(TenantFileException.class).hasMessageContaining("'kind'");
    }

    @Test
    void aBrandColourTooLightForWhiteTextIsRefused() throws IOException {
        write("orust.yaml", VALID.replace("#00558C", "#FFEE00"));

        assertThatThrownBy(() -> new TenantFileLoader().load(folder))
                .isInstanceOf(TenantFileException.class).hasMessageContaining("'brandColour'").hasMessageContaining("contrast");
    }

    @Test
    void theIdMustMatchTheFileName() throws IOException {
        write("orust.yaml", VALID.replace("id: orust", "id: tjorn"));

        assertThatThrownBy(() -> new TenantFileLoader().load(folder))
                .isInstanceOf(TenantFileException.class).hasMessageContaining("'id'");
    }

    @Test
    void twoTenantsCannotShareAHost() throws IOException {
        write("orust.yaml", VALID);
        write("tjorn.yaml", VALID.replace("id: orust", "id: tjorn").replace("212000-1314", "212000-1355"));

        assertThatThrownBy(() -> new TenantFileLoader().load(folder))
                .isInstanceOf(TenantFileException.class).hasMessageContaining("'hosts'").hasMessageContaining("orust.example.se");
    }

    @Test
    void aListFieldMustBeAList() throws IOException {
        write("orust.yaml", VALID.replace("modules: []", "modules: agreements"));

        assertThatThrownBy(() -> new TenantFileLoader().load(folder))
                .isInstanceOf(TenantFileException.class).hasMessageContaining("'modules'").hasMessageContaining("list");
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(folder.resolve(name), content);
    }
}
