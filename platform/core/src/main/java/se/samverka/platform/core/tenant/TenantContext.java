package se.samverka.platform.core.tenant;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The current tenant of the running thread. Set by the platform only: per Vaadin request by the
 * session filter, per API request by the tenant API filter, per job through {@code TenantWork}.
 */
public final class TenantContext {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static <T> T callAs(String tenantId, Supplier<T> work) {
        String previous = CURRENT.get();
        CURRENT.set(tenantId);
        try {
            return work.get();
        } finally {
            restore(previous);
        }
    }

    static void restore(String previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }

    /** Sets the tenant for the rest of a request; pair with {@link #clear()} in a finally block. */
    public static void set(String tenantId) {
        restore(tenantId);
    }

    public static void clear() {
        CURRENT.remove();
    }
}
