package se.samverka.agreements.agreement;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The list search's own SQL with its parameters written in, for test code in other packages (the
 * benchmark EXPLAINs exactly what {@link AgreementRepository#search} sends, so it stays in step).
 */
public final class AgreementSearchSql {

    private static final Pattern PARAMETER = Pattern.compile(":(\\w+)");

    private AgreementSearchSql() {
    }

    /** The page's statement: the given order (SQL, e.g. {@code agreement_.updated_at DESC}) and LIMIT. */
    public static String page(Map<String, String> values, String orderBy, int limit) {
        return "SELECT agreement_.* " + conditions(values) + " ORDER BY " + orderBy + " LIMIT " + limit;
    }

    /** The count behind the page. */
    public static String count(Map<String, String> values) {
        return "SELECT COUNT(*) " + conditions(values);
    }

    /** @param values SQL literals by parameter name ({@code 'orust'}); a parameter not given is NULL */
    private static String conditions(Map<String, String> values) {
        Matcher m = PARAMETER.matcher(AgreementRepository.SEARCH_CONDITIONS);
        StringBuilder sql = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sql, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "NULL")));
        }
        return m.appendTail(sql).toString();
    }
}
