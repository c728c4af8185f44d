package se.samverka.platform.core.users;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import se.samverka.platform.api.security.Roles;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Tenant memberships in Keycloak, through its admin REST API with the {@code portal-admin} service
 * account (which may only view and manage users). A membership is the user attribute {@code tenants};
 * the role is one of the portal's realm roles. A handful of calls, so plain HTTP with the JDK client
 * rather than the RESTEasy-based admin client library.
 */
@Singleton
@Requires(property = "samverka.oidc.enabled", value = "true")
public class KeycloakUserDirectory implements UserDirectory {

    static final String TENANTS = "tenants";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** The roles a membership can carry; platform administrators are made in Keycloak itself. */
    static final List<String> MEMBER_ROLES = List.of(Roles.TENANT_ADMIN, Roles.CASE_OFFICER, Roles.READER, Roles.PARTNER);

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final String tokenUrl;
    private final String adminUrl;
    private final String clientId;
    private final String clientSecret;
    private volatile String token;
    private volatile Instant tokenExpires = Instant.EPOCH;

    KeycloakUserDirectory(@Value("${samverka.oidc.issuer}") String issuer,
                          @Value("${samverka.oidc.admin.client-id:portal-admin}") String clientId,
                          @Value("${samverka.oidc.admin.client-secret:}") String clientSecret) {
        String base = issuer.replaceFirst("/$", "");
        this.tokenUrl = base + "/protocol/openid-connect/token";
        this.adminUrl = base.replace("/realms/", "/admin/realms/");
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    @Override
    public boolean isWritable() {
        return true;
    }

    @Override
    public List<DirectoryUser> members(String tenantId) {
        List<Map<String, Object>> users = get("/users?briefRepresentation=false&max=1000&q="
                + encode(TENANTS + ":" + tenantId), new TypeReference<>() { });
        // one role-mapping call per member: the service account may not read the realm's roles
        // (no view-realm), which would have allowed one call per role instead
        List<DirectoryUser> members = new ArrayList<>();
        for (Map<String, Object> user : users) {
            DirectoryUser member = toUser(user, null);
            if (member.tenants().contains(tenantId)) {
                members.add(toUser(user, memberRole(member.id())));
            }
        }
        members.sort(java.util.Comparator.comparing(DirectoryUser::username));
        return members;
    }

    @Override
    public Optional<DirectoryUser> find(String id) {
        if (!id.matches("[0-9a-fA-F-]{36}")) {
            return Optional.empty();
        }
        try {
            Map<String, Object> user = get("/users/" + id, new TypeReference<>() { });
            return Optional.of(toUser(user, memberRole(id)));
        } catch (KeycloakAdminException e) {
            if (e.status == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** The tenant's members in one call (the usual recipients), one look-up each only for anybody else. */
    @Override
    public Map<String, String> emailsOf(String tenantId, java.util.Collection<String> usernames) {
        java.util.Set<String> wanted = new java.util.HashSet<>(usernames);
        Map<String, String> emails = new java.util.HashMap<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<Map<String, Object>> users = get("/users?briefRepresentation=false&max=1000&q="
                + encode(TENANTS + ":" + tenantId), new TypeReference<>() { });
        for (Map<String, Object> user : users) {
            DirectoryUser member = toUser(user, null);
            if (wanted.contains(member.username())) {
                seen.add(member.username());
                if (Boolean.TRUE.equals(user.get("enabled")) && member.email() != null && !member.email().isBlank()) {
                    emails.put(member.username(), member.email());
                }
            }
        }
        wanted.removeAll(seen);
        emails.putAll(UserDirectory.super.emailsOf(tenantId, wanted));
        return emails;
    }

    @Override
    public Optional<DirectoryUser> findByUsername(String username) {
        // a disabled account is nobody to write to (reminder mail) any more than to sign in
        return byUsername(username).filter(u -> Boolean.TRUE.equals(u.get("enabled")))
                .map(u -> toUser(u, memberRole(String.valueOf(u.get("id")))));
    }

    private Optional<Map<String, Object>> byUsername(String username) {
        List<Map<String, Object>> users = get("/users?exact=true&briefRepresentation=false&username=" + encode(username),
                new TypeReference<>() { });
        return users.stream().filter(u -> username.equalsIgnoreCase(String.valueOf(u.get("username")))).findFirst();
    }

    @Override
    public List<DirectoryUser> organisationMembers(String tenantId, String organisationAlias) {
        return organisationMembers(tenantId, List.of(organisationAlias)).get(organisationAlias);
    }

    /**
     * Keycloak Organizations: the realm's organisations are read once and matched by alias (the API
     * searches names and domains only; a few hundred at most), the tenant's users once, then the
     * members of each organisation asked for: one call per organisation, not three.
     */
    @Override
    public Map<String, List<DirectoryUser>> organisationMembers(String tenantId, java.util.Collection<String> organisationAliases) {
        Map<String, List<DirectoryUser>> members = new java.util.HashMap<>();
        organisationAliases.forEach(alias -> members.put(alias, new ArrayList<>()));
        if (members.isEmpty()) {
            return members;
        }
        List<Map<String, Object>> organisations = get("/organizations?briefRepresentation=true&first=0&max=10000",
                new TypeReference<>() { });
        java.util.Set<String> inTenant = null;
        for (Map<String, Object> organisation : organisations) {
            List<DirectoryUser> ofOrganisation = members.get(String.valueOf(organisation.get("alias")));
            if (ofOrganisation == null) {
                continue;
            }
            if (inTenant == null) {
                // the organisation's member list may leave out attributes: the tenant's users by one query instead
                List<Map<String, Object>> tenantUsers = get("/users?briefRepresentation=false&max=1000&q="
                        + encode(TENANTS + ":" + tenantId), new TypeReference<>() { });
                inTenant = tenantUsers.stream().map(u -> toUser(u, null)).filter(u -> u.tenants().contains(tenantId))
                        .map(DirectoryUser::id).collect(java.util.stream.Collectors.toSet());
            }
            List<Map<String, Object>> users = get("/organizations/" + organisation.get("id") + "/members?max=1000",
                    new TypeReference<>() { });
            for (Map<String, Object> user : users) {
                DirectoryUser member = toUser(user, Roles.PARTNER);
                if (inTenant.contains(member.id())) {
                    ofOrganisation.add(new DirectoryUser(member.id(), member.username(), member.firstName(), member.lastName(),
                            member.email(), Roles.PARTNER, List.of(tenantId)));
                }
            }
        }
        return members;
    }

    @Override
    public Optional<se.samverka.platform.api.security.CurrentUser.PortalUser> identity(String username) {
        // a disabled account cannot sign in, so its secret feed must not open either
        return byUsername(username).filter(u -> Boolean.TRUE.equals(u.get("enabled")))
                .map(u -> toUser(u, memberRole(String.valueOf(u.get("id"))))).filter(u -> u.role() != null).map(u -> {
            Optional<String> organisation = Optional.empty();
            if (Roles.PARTNER.equals(u.role())) {
                List<Map<String, Object>> organisations = get("/organizations/members/" + u.id() + "/organizations",
                        new TypeReference<>() { });
                organisation = organisations.stream().map(o -> String.valueOf(o.get("alias"))).findFirst();
            }
            return new se.samverka.platform.api.security.CurrentUser.PortalUser(u.username(), u.displayName(),
                    java.util.Set.of(u.role()), u.tenants(), organisation);
        });
    }

    @Override
    public Invitation invite(String tenantId, NewMember member) {
        String email = member.email().trim().toLowerCase(Locale.ROOT);
        List<Map<String, Object>> existing = get("/users?exact=true&briefRepresentation=false&email=" + encode(email),
                new TypeReference<>() { });
        if (!existing.isEmpty()) {
            DirectoryUser user = find(String.valueOf(existing.get(0).get("id"))).orElseThrow();
            if (!user.tenants().contains(tenantId)) {
                setTenants(user.id(), append(user.tenants(), tenantId));
            }
            changeRole(user.id(), member.role());
            return new Invitation(find(user.id()).orElseThrow(), false, false);
        }
        ObjectNode body = json.createObjectNode();
        body.put("username", email);
        body.put("email", email);
        body.put("firstName", member.firstName());
        body.put("lastName", member.lastName());
        body.put("enabled", true);
        body.putArray("requiredActions").add("UPDATE_PASSWORD").add("VERIFY_EMAIL");
        body.putObject("attributes").putArray(TENANTS).add(tenantId);
        HttpResponse<String> created = send(request("/users").POST(HttpRequest.BodyPublishers.ofString(body.toString())), 201);
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);
        changeRole(id, member.role());
        boolean emailSent = sendInvitationEmail(id);
        return new Invitation(find(id).orElseThrow(), true, emailSent);
    }

    @Override
    public void changeRole(String id, String role) {
        if (!MEMBER_ROLES.contains(role)) {
            throw new IllegalArgumentException("Not a role a membership can have: " + role);
        }
        List<Map<String, Object>> current = get("/users/" + id + "/role-mappings/realm", new TypeReference<>() { });
        List<Map<String, Object>> remove = current.stream()
                .filter(r -> MEMBER_ROLES.contains(String.valueOf(r.get("name"))) && !role.equals(r.get("name"))).toList();
        if (!remove.isEmpty()) {
            send(request("/users/" + id + "/role-mappings/realm")
                    .method("DELETE", HttpRequest.BodyPublishers.ofString(write(remove))), 204);
        }
        if (current.stream().noneMatch(r -> role.equals(r.get("name")))) {
            // the role's representation comes from the roles the user may be given: GET /roles needs view-realm
            List<Map<String, Object>> available = get("/users/" + id + "/role-mappings/realm/available", new TypeReference<>() { });
            Map<String, Object> representation = available.stream().filter(r -> role.equals(r.get("name"))).findFirst()
                    .orElseThrow(() -> new KeycloakAdminException(404, "The realm has no role " + role));
            send(request("/users/" + id + "/role-mappings/realm")
                    .POST(HttpRequest.BodyPublishers.ofString(write(List.of(representation)))), 204);
        }
    }

    @Override
    public void removeMembership(String id, String tenantId) {
        DirectoryUser user = find(id).orElseThrow(() -> new KeycloakAdminException(404, "No such user"));
        setTenants(id, user.tenants().stream().filter(t -> !t.equals(tenantId)).toList());
    }

    private void setTenants(String id, List<String> tenants) {
        Map<String, Object> user = get("/users/" + id, new TypeReference<>() { });
        @SuppressWarnings("unchecked")
        Map<String, Object> attributes = (Map<String, Object>) user.getOrDefault("attributes", new java.util.HashMap<>());
        Map<String, Object> changed = new java.util.HashMap<>(attributes);
        changed.put(TENANTS, tenants);
        user.put("attributes", changed);
        send(request("/users/" + id).PUT(HttpRequest.BodyPublishers.ofString(write(user))), 204);
    }

    private boolean sendInvitationEmail(String id) {
        try {
            send(request("/users/" + id + "/execute-actions-email?lifespan=604800")
                    .PUT(HttpRequest.BodyPublishers.ofString("[\"UPDATE_PASSWORD\",\"VERIFY_EMAIL\"]")), 204);
            return true;
        } catch (KeycloakAdminException noMailServer) {
            return false;
        }
    }

    private String memberRole(String id) {
        List<Map<String, Object>> roles = get("/users/" + id + "/role-mappings/realm", new TypeReference<>() { });
        return roles.stream().map(r -> String.valueOf(r.get("name"))).filter(MEMBER_ROLES::contains).findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static DirectoryUser toUser(Map<String, Object> user, String role) {
        Map<String, Object> attributes = (Map<String, Object>) user.getOrDefault("attributes", Map.of());
        Object tenants = attributes.getOrDefault(TENANTS, List.of());
        List<String> tenantList = tenants instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
        String id = String.valueOf(user.get("id"));
        return new DirectoryUser(id, String.valueOf(user.get("username")), (String) user.get("firstName"),
                (String) user.get("lastName"), (String) user.get("email"), role, tenantList);
    }

    private static List<String> append(List<String> list, String value) {
        List<String> copy = new ArrayList<>(list);
        copy.add(value);
        return copy;
    }

    private <T> T get(String path, TypeReference<T> type) {
        HttpResponse<String> response = send(request(path).GET(), 200);
        try {
            return json.readValue(response.body(), type);
        } catch (IOException e) {
            throw new KeycloakAdminException(502, "Unreadable answer from Keycloak: " + e.getMessage());
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(adminUrl + path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token()).header("Content-Type", "application/json");
    }

    private HttpResponse<String> send(HttpRequest.Builder request, int expected) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected && !(expected == 204 && response.statusCode() == 200)) {
                throw new KeycloakAdminException(response.statusCode(), response.body());
            }
            return response;
        } catch (IOException e) {
            throw new KeycloakAdminException(503, "Keycloak does not answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KeycloakAdminException(503, "Interrupted");
        }
    }

    private synchronized String token() {
        if (token != null && Instant.now().isBefore(tokenExpires)) {
            return token;
        }
        String form = "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret=" + encode(clientSecret);
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(tokenUrl)).timeout(TIMEOUT)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new KeycloakAdminException(response.statusCode(), "The portal-admin service account was refused: " + response.body());
            }
            Map<String, Object> body = json.readValue(response.body(), new TypeReference<>() { });
            token = String.valueOf(body.get("access_token"));
            long lifetime = ((Number) body.getOrDefault("expires_in", 60)).longValue();
            tokenExpires = Instant.now().plusSeconds(Math.max(5, lifetime - 10));
            return token;
        } catch (IOException e) {
            throw new KeycloakAdminException(503, "Keycloak does not answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KeycloakAdminException(503, "Interrupted");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Keycloak refused or did not answer. */
    public static class KeycloakAdminException extends RuntimeException {
        final int status;

        KeycloakAdminException(int status, String message) {
            super("Keycloak admin API: HTTP " + status + ": " + message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }
}
