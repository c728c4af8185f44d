package se.samverka.platform.core.tenant;

import io.micronaut.data.annotation.TenantId;
import io.micronaut.data.event.EntityEventContext;
import io.micronaut.data.event.EntityEventListener;
import io.micronaut.data.model.runtime.RuntimePersistentEntity;
import io.micronaut.data.model.runtime.RuntimePersistentProperty;
import jakarta.inject.Singleton;

import java.util.Objects;

/**
 * Guards the leaks Micronaut Data's {@code @TenantId} leaves open: a save without a current tenant,
 * an insert that names another tenant, and an update that moves a row to another tenant. Any of
 * them is refused before the statement runs.
 */
@Singleton
public class TenantGuard implements EntityEventListener<Object> {

    private final PlatformTenantResolver resolver;

    TenantGuard(PlatformTenantResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public boolean supports(RuntimePersistentEntity<Object> entity, Class<? extends java.lang.annotation.Annotation> eventType) {
        return tenantProperty(entity) != null;
    }

    @Override
    public boolean prePersist(EntityEventContext<Object> context) {
        check(context);
        return true;
    }

    @Override
    public boolean preUpdate(EntityEventContext<Object> context) {
        check(context);
        return true;
    }

    @Override
    public boolean preRemove(EntityEventContext<Object> context) {
        check(context);
        return true;
    }

    private void check(EntityEventContext<Object> context) {
        RuntimePersistentEntity<Object> entity = context.getPersistentEntity();
        RuntimePersistentProperty<Object> property = tenantProperty(entity);
        String current = resolver.id().orElseThrow(() -> new TenantLeakException(
                "Refused to write " + entity.getSimpleName() + " without a current tenant"));
        Object value = property.getProperty().get(context.getEntity());
        if (value == null) {
            context.setProperty(property.getProperty(), current);
        } else if (!Objects.equals(value, current)) {
            throw new TenantLeakException("Refused to write " + entity.getSimpleName() + " of tenant '" + value
                    + "' while the current tenant is '" + current + "'");
        }
    }

    private static RuntimePersistentProperty<Object> tenantProperty(RuntimePersistentEntity<Object> entity) {
        for (RuntimePersistentProperty<Object> property : entity.getPersistentProperties()) {
            if (property.getAnnotationMetadata().hasAnnotation(TenantId.class)) {
                return property;
            }
        }
        return null;
    }

    /** A write that would have crossed tenants. */
    public static class TenantLeakException extends RuntimeException {
        public TenantLeakException(String message) {
            super(message);
        }
    }
}
