package se.samverka.agreements.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request bodies as a client writes them: plain JSON, no module classes. */
final class ApiBodies {

    private ApiBodies() {
    }

    /** Complete terms with the tenant and the partner, both signed, for the period given. */
    static Map<String, Object> terms(long partnerId, String start, String end) {
        Map<String, Object> terms = new LinkedHashMap<>();
        terms.put("registryNumber", "KS/2024:" + Math.abs(UUID.randomUUID().hashCode() % 10000));
        terms.put("title", "Överenskommelse om stödgrupper " + UUID.randomUUID());
        terms.put("form", "IOP");
        terms.put("texts", Map.of("purpose", "Att stödja barn och unga som anhöriga.",
                "targetGroup", "Barn och unga 7–18 år."));
        terms.put("period", Map.of("start", start, "end", end, "renewalNoticeMonths", 6));
        terms.put("steering", Map.of("composition", "Socialtjänsten, skola och föreningen", "minimumMeetingsPerYear", 2));
        terms.put("followUp", Map.of("frequency", "HALF_YEARLY", "reportDueDays", 30));
        terms.put("parties", List.of(
                Map.of("name", "Orust kommun", "organisationNumber", "212000-1314", "convenesSteeringGroup", true,
                        "commitments", List.of("Kommunen ordnar lokaler."),
                        "signatories", List.of(Map.of("name", "Kim Kommun", "role", "Kommundirektör", "signedOn", "2024-01-01")),
                        "contributions", List.of()),
                Map.of("partnerId", partnerId, "convenesSteeringGroup", false,
                        "commitments", List.of("Föreningen leder grupperna."),
                        "signatories", List.of(Map.of("name", "Fia Förening", "role", "Ordförande", "signedOn", "2024-01-01")),
                        "contributions", List.of(Map.of("year", 2024, "amountSek", 150000, "description", "Personal")))));
        return terms;
    }

    static Map<String, Object> terms(long partnerId) {
        return terms(partnerId, "2024-01-01", "2026-12-31");
    }

    static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    static Map<String, Object> partner(String alias) {
        Map<String, Object> partner = new LinkedHashMap<>();
        partner.put("name", "Föreningen " + alias);
        partner.put("kind", "NON_PROFIT_ASSOCIATION");
        partner.put("directoryAlias", alias);
        partner.put("email", "kansli@example.se");
        return partner;
    }

    static Map<String, Object> decision() {
        return Map.of("body", "Kommunstyrelsen", "date", "2023-12-14", "registryNumber", "KS/2023:100");
    }
}
