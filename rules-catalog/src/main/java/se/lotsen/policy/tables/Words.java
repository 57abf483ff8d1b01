package se.lotsen.policy.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.lotsen.core.Labelled;

/**
 * The words a policy owner may write for a code in a table: the code itself, its Swedish or English
 * label, the label without its explanation in brackets, and a few words staff use. Case and extra
 * spaces do not matter.
 */
final class Words<E extends Enum<E> & Labelled> {
    private final Map<String, E> byWord = new LinkedHashMap<>();
    private final List<String> shown = new ArrayList<>();

    Words(Class<E> type, Map<String, E> synonyms) {
        for (E constant : type.getEnumConstants()) {
            add(constant.name(), constant);
            for (String label : List.of(constant.label().sv(), constant.label().en())) {
                add(label, constant);
                int bracket = label.indexOf('(');
                if (bracket > 0) {
                    add(label.substring(0, bracket), constant);
                    add(label.substring(bracket + 1).replace(")", ""), constant);
                }
            }
            shown.add(constant.label().sv() + " / " + constant.name());
        }
        synonyms.forEach(this::add);
    }

    private void add(String word, E constant) {
        E earlier = byWord.putIfAbsent(normal(word), constant);
        if (earlier != null && earlier != constant) {
            throw new IllegalStateException("the word '" + word + "' means both " + earlier + " and " + constant);
        }
    }

    /** The code a word means, or null. */
    E read(String word) {
        return byWord.get(normal(word));
    }

    /** The words to show in a message: "Lindrig / MILD, Måttlig / MODERATE, …". */
    String allowed() {
        return String.join(", ", shown);
    }

    static String normal(String word) {
        return word.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
