package se.samverka.groups.privacy;

import se.samverka.platform.api.data.Texts;
import se.samverka.platform.api.refusal.Refusal;
import se.samverka.platform.api.validation.PersonalIdentityNumbers;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The module's free texts (comments, minutes, a returned follow-up's reason) never hold a child's identity:
 * a personal identity number is refused at the field; words that are probably names (common Swedish first
 * names) are pointed out, because the portal cannot tell "Alva" the child from "Alva" the school.
 */
public final class ChildPrivacy {

    /** Common first names in Sweden (SCB's most frequent), lower case. */
    private static final Set<String> FIRST_NAMES = Set.of(
            "alice", "alva", "astrid", "ebba", "elsa", "ella", "ellen", "elin", "emma", "freja", "hanna", "ida", "ines",
            "julia", "klara", "lilly", "linnea", "lova", "maja", "matilda", "moa", "nora", "olivia", "saga", "selma",
            "signe", "stella", "tilda", "vera", "wilma", "agnes", "alicia", "anna", "maria", "sara", "sofia", "emilia",
            "adam", "albin", "alexander", "alfred", "ali", "anton", "arvid", "axel", "elias", "erik", "filip", "gustav",
            "hugo", "isak", "jack", "john", "leo", "liam", "loke", "lucas", "ludvig", "malte", "melvin", "mohammed",
            "nils", "noah", "oliver", "olle", "oscar", "sixten", "theo", "vincent", "viktor", "william", "wilhelm",
            "lars", "karl", "anders", "johan", "per", "mikael", "eva", "karin", "kristina", "lena", "birgitta");
    private static final Pattern WORD = Pattern.compile("\\p{Lu}\\p{Ll}+");

    private ChildPrivacy() {
    }

    /** The trimmed text, refused at the field if it holds a personal identity number; null when blank. */
    public static String checked(String field, String labelKey, String text, int max) {
        String trimmed = Texts.optional(labelKey, text, max);
        if (trimmed != null && PersonalIdentityNumbers.occursIn(trimmed)) {
            throw new Refusal("groups.privacy.personal-number", Refusal.label(labelKey)).at(field);
        }
        return trimmed;
    }

    /** The capitalised words of the text that are common first names, in order, each once. */
    public static List<String> probableNames(String text) {
        if (text == null) {
            return List.of();
        }
        Set<String> found = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (FIRST_NAMES.contains(m.group().toLowerCase(Locale.ROOT))) {
                found.add(m.group());
            }
        }
        return List.copyOf(found);
    }
}
