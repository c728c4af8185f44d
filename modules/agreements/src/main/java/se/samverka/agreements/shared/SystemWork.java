package se.samverka.agreements.shared;

import java.util.function.Supplier;

/**
 * Work the portal itself does without a signed-in user (demo data, scheduled jobs), declared
 * explicitly: a change without a user is refused unless it runs inside {@link #call}. So a code
 * path that forgot to authenticate cannot borrow the portal's rights by accident.
 */
public final class SystemWork {

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

    /** The actor name of the running system work, if any. */
    static java.util.Optional<String> current() {
        return java.util.Optional.ofNullable(PURPOSE.get()).map(purpose -> "system:" + purpose);
    }
}
