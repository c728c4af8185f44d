package se.samverka.partnerships.partnership;

/** The roles ICLD's partnerships are run by, on both sides. */
public enum ContactRole {
    PROJECT_LEADER,
    COORDINATOR,
    OPERATIONS_MANAGER,
    UNIT_MANAGER,
    POLITICIAN_MAJORITY,
    POLITICIAN_OPPOSITION,
    OFFICIAL;

    public String labelKey() {
        return "partnerships.role." + name();
    }

    public boolean isPolitician() {
        return this == POLITICIAN_MAJORITY || this == POLITICIAN_OPPOSITION;
    }
}
