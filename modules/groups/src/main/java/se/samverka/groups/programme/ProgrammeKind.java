package se.samverka.groups.programme;

/** What kind of groups a programme runs. */
public enum ProgrammeKind {
    SUPPORT_GROUP, CONVERSATION_GROUP, PARENT_GROUP, ADULT_GROUP;

    public String labelKey() {
        return "groups.kind." + name();
    }
}
