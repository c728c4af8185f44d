package se.samverka.partnerships.budget;

/**
 * The cost categories of ICLD's budgets. Only costs of work activities are eligible: salaries, per diems and
 * extra days are not, and are flagged wherever they are entered.
 */
public enum CostCategory {
    TRAVEL(true),
    ACCOMMODATION(true),
    LOCAL_TRAVEL(true),
    VENUE(true),
    INTERPRETATION(true),
    VISA(true),
    CLIMATE_COMPENSATION(true),
    STEERING_GROUP_WORK(true),
    OTHER(true),
    SALARY(false),
    PER_DIEM(false),
    EXTRA_DAYS(false);

    private final boolean eligible;

    CostCategory(boolean eligible) {
        this.eligible = eligible;
    }

    public boolean eligible() {
        return eligible;
    }

    public String labelKey() {
        return "partnerships.cost." + name();
    }
}
