package se.lotsen.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.lotsen.core.vocabulary.Advice;

/**
 * The rule language's words are the vocabulary's public methods: a method added to Family, NeedFact or EpdsFact is
 * either a word or named as not one, and a word names a method that exists with that many arguments.
 */
class RuleLanguageVocabularyTest {
    private static final Set<String> OBJECT_METHODS = Set.of("toString", "equals", "hashCode");

    @Test
    void everyPublicMethodOfAFactIsAWordOrNamedAsNotOne() {
        for (Class<?> fact : RuleLanguage.FACTS.keySet()) {
            Map<String, Integer> methods = Arrays.stream(fact.getDeclaredMethods())
                    .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic())
                    .filter(m -> !OBJECT_METHODS.contains(m.getName()))
                    .filter(m -> !RuleLanguage.NOT_WORDS.get(fact).contains(m.getName()))
                    .collect(Collectors.toMap(Method::getName, Method::getParameterCount));

            assertThat(RuleLanguage.FACTS.get(fact)).as(fact.getSimpleName()).isEqualTo(methods);
        }
    }

    @Test
    void theCollectorsCallsAreAdvicesMethods() {
        Map<String, Integer> methods = Arrays.stream(Advice.class.getMethods())
                .collect(Collectors.toMap(Method::getName, Method::getParameterCount));

        assertThat(RuleLanguage.ADVICE).isEqualTo(methods);
    }

    @Test
    void everyNotWordIsAMethodThatExists() {
        RuleLanguage.NOT_WORDS.forEach((fact, names) -> assertThat(Arrays.stream(fact.getMethods()).map(Method::getName))
                .as(fact.getSimpleName()).containsAll(names));
    }
}
