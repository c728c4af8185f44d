package se.samverka.platform.api.security;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Work the portal itself does without a signed-in user (demo data, daily jobs), declared explicitly:
 * a change without a user is refused ({@link CurrentUser#actor()}) unless it runs inside {@link #call},
 * so a code path that forgot to authenticate cannot borrow the portal's rights by accident. The
 * platform runs its SPIs (daily jobs, demo data) inside it; records and the audit log name the actor
 * {@code system:<purpose>} alike.
 */
public final class SystemWork {

    /** The prefix of the portal's own actor names, e.g. {@code system:demo-data}. */
    public static final String ACTOR_PREFIX = "system:";

    private static final ThreadLocal<String> PURPOSE = new ThreadLocal<>();

    private SystemWork() {
    }

    /** Runs {@code work} as the portal, recorded as {@code system:<purpose>}. */
    public static <T> T call(String purpose, Supplier<T> work) {
        String previous = PURPOSE.get();
        PURPOSE.set(purpose);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                PURPOSE.remove();
            } else {
                PURPOSE.set(previous);
            }
        }
    }

    public static void run(String purpose, Runnable work) {
        call(purpose, () -> {
            work.run();
            return null;
        });
    }

    /** The actor name of the running system work ({@code system:<purpose>}), if any. */
    public static Optional<String> current() {
        return Optional.ofNullable(PURPOSE.get()).map(purpose -> ACTOR_PREFIX + purpose);
    }
}
