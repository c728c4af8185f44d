package se.samverka.groups.disclosure;

/** How a count is published. */
public enum Protection {
    /** As it is (every zero, and counts at or above the threshold that give nothing away). */
    SHOWN,
    /** Hidden because it is small (1 to threshold − 1): primary suppression, shown as {@code <5}. */
    PRIMARY,
    /** Hidden so that a small one cannot be recomputed from a sum: secondary suppression, shown as {@code ..}. */
    SECONDARY
}
