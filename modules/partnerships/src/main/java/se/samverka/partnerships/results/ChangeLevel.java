package se.samverka.partnerships.results;

/** Where an indicator measures change, as ICLD reports results: for individuals, organisations, society. */
public enum ChangeLevel {
    INDIVIDUAL,
    ORGANISATIONAL,
    SOCIETAL;

    public String labelKey() {
        return "partnerships.change-level." + name();
    }
}
