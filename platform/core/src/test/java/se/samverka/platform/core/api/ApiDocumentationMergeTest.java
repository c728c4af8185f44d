package se.samverka.platform.core.api;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Modules' OpenAPI documents meet in the platform's: one schema name is one schema. */
class ApiDocumentationMergeTest {

    static Map<String, Object> document(String path, String schema, Map<String, Object> definition) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("paths", new LinkedHashMap<>(Map.of(path, Map.of("get", new LinkedHashMap<>(Map.of("operationId", "list"))))));
        document.put("components", new LinkedHashMap<>(Map.of("schemas", new LinkedHashMap<>(Map.of(schema, definition)))));
        return document;
    }

    static final Map<String, Object> PAGE = Map.of("type", "object", "properties", Map.of("total", Map.of("type", "integer")));

    @Test
    void theSameSchemaFromTwoModulesIsKeptOnceAndClashingOperationIdsGetTheModulesName() {
        Map<String, Object> platform = document("/api/v1/me", "Me", Map.of("type", "object"));
        Map<String, Map<String, Object>> modules = new LinkedHashMap<>();
        modules.put("alpha", document("/api/v1/tenants/{tenant}/alpha", "ItemPage", PAGE));
        modules.put("beta", document("/api/v1/tenants/{tenant}/beta", "ItemPage", PAGE));

        ApiDocumentationMerge.merge(platform, modules);

        assertThat(((Map<?, ?>) platform.get("paths")).keySet()).map(String::valueOf).contains("/api/v1/me", "/api/v1/tenants/{tenant}/alpha",
                "/api/v1/tenants/{tenant}/beta");
        assertThat(((Map<?, ?>) ((Map<?, ?>) platform.get("components")).get("schemas")).keySet()).map(String::valueOf).contains("Me", "ItemPage");
        assertThat(modules.get("beta").toString()).contains("operationId=beta_list");
    }

    @Test
    void twoDifferentSchemasUnderOneNameAreRefusedNamingBoth() {
        Map<String, Object> platform = document("/api/v1/me", "Me", Map.of("type", "object"));
        Map<String, Map<String, Object>> modules = new LinkedHashMap<>();
        modules.put("alpha", document("/api/v1/tenants/{tenant}/alpha", "PartnerView", PAGE));
        modules.put("beta", document("/api/v1/tenants/{tenant}/beta", "PartnerView", Map.of("type", "string")));

        assertThatThrownBy(() -> ApiDocumentationMerge.merge(platform, modules)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'PartnerView' of module alpha and of module beta");
    }
}
