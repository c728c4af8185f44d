package se.samverka.agreements.history;

import se.samverka.agreements.agreement.AgreementTerms;
import se.samverka.agreements.lifecycle.Decision;
import se.samverka.platform.api.audit.FieldValues;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** What differs between two versions of an agreement, field by field, in the agreement's order. Plain code. */
final class VersionDifferences {

    private VersionDifferences() {
    }

    static List<Difference> between(AgreementTerms before, Optional<Decision> decisionBefore,
                                           AgreementTerms after, Optional<Decision> decisionAfter) {
        return between(values(before, decisionBefore), values(after, decisionAfter));
    }

    static List<Difference> between(Map<String, String> before, Map<String, String> after) {
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<Difference> differences = new ArrayList<>();
        for (String field : fields) {
            if (!Objects.equals(before.get(field), after.get(field))) {
                differences.add(new Difference(field, before.get(field), after.get(field)));
            }
        }
        return differences;
    }

    private static Map<String, String> values(AgreementTerms terms, Optional<Decision> decision) {
        Map<String, String> values = new LinkedHashMap<>(FieldValues.of(terms));
        values.putAll(FieldValues.of("decision", decision));
        return values;
    }
}
