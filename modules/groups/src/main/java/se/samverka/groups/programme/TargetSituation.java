package se.samverka.groups.programme;

/** The situations at home a programme's groups are for (the children are relatives of someone in it). */
public enum TargetSituation {
    ADDICTION, MENTAL_ILLNESS, VIOLENCE, SEPARATED_PARENTS, GRIEF, PHYSICAL_ILLNESS, DEPRIVED_OF_LIBERTY;

    public String labelKey() {
        return "groups.situation." + name();
    }
}
