package se.lotsen.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import se.lotsen.core.vocabulary.Advice;

/**
 * The second wall: the class loader under which a rule set's classes are compiled and run. It resolves
 * only the rule vocabulary, the core codes, a handful of {@code java.lang} value types and the Drools
 * types that generated consequences and constraints are written against; every other name is a
 * {@link ClassNotFoundException}, so a consequence that reached {@code java.io}, {@code java.nio},
 * {@code java.net}, reflection, {@code Runtime}, {@code ProcessBuilder}, {@code System},
 * {@code Thread}, {@code ClassLoader} or {@code MethodHandles} fails to compile (the Java compiler finds
 * no such type) or to link (the JVM resolves a generated class's references through its defining
 * loader, whose parent this is), even if a future difference between two parsers let it past the
 * inspector and the printer.
 *
 * <p>Drools' own engine classes are loaded by the application's loader and are not affected; what goes
 * through here is what the rule set's generated code names, and Drools' configuration loading its
 * accumulate functions and operator definitions by name.
 */
final class RuleClassLoader extends ClassLoader {
    /** The value types of the rule language: texts, numbers, truth values, and what every class extends. */
    private static final Set<String> JAVA_LANG = Set.of("Object", "String", "Boolean", "Integer", "Long", "Short", "Byte",
            "Character", "Double", "Float", "Number", "Enum", "Comparable", "CharSequence", "Record",
            // string concatenation compiles to a StringBuilder at the 1.8 level the rules are compiled at
            "StringBuilder",
            // a generated consequence declares and rethrows these
            "Throwable", "Exception", "RuntimeException", "Error",
            // Drools' generated field readers (one per fact word a constraint reads) return the word's type. Without
            // java.lang.reflect, ClassLoader and MethodHandles, which stay refused, a Class object can name a type but
            // not reach its methods.
            "Class");

    /** The Drools types that generated consequence, invoker and constraint classes extend, implement or call. */
    private static final Set<String> DROOLS_GENERATED = Set.of(
            "org.drools.base.base.ValueResolver", "org.drools.base.base.ValueType",
            "org.drools.base.base.extractors.BaseObjectClassFieldReader", "org.drools.base.reteoo.BaseTuple",
            "org.drools.base.rule.Declaration", "org.drools.base.rule.accessor.CompiledInvoker",
            "org.drools.base.rule.consequence.Consequence", "org.drools.base.rule.consequence.ConsequenceContext",
            "org.drools.core.common.InternalFactHandle", "org.drools.core.reteoo.LeftTuple", "org.drools.core.reteoo.Tuple",
            "org.drools.core.rule.consequence.KnowledgeHelper", "org.drools.mvel.ConditionEvaluator",
            "org.drools.mvel.accessors.BaseWholeNumberClassFieldReader", "org.drools.mvel.asm.ConsequenceStub",
            "org.drools.mvel.asm.ConsequenceGenerator", "org.drools.ecj.EclipseJavaCompiler",
            "org.kie.api.definition.rule.Rule", "org.kie.api.runtime.rule.FactHandle", "org.kie.api.runtime.rule.RuleContext",
            "org.kie.api.runtime.KieContext", "org.kie.api.definition.KieDefinition",
            // interfaces String implements, which the Java compiler reads when it reads String
            "java.lang.constant.Constable", "java.lang.constant.ConstantDesc");

    /** Drools' configuration loads its built-in accumulate functions and operators by name through this loader. */
    private static final List<String> DROOLS_CONFIGURATION = List.of("org.drools.core.base.accumulators.",
            "org.drools.mvel.evaluators.");

    private final ClassLoader application;
    private final Set<String> vocabulary;

    RuleClassLoader() {
        super(null);
        this.application = RuleClassLoader.class.getClassLoader();
        Set<String> names = new TreeSet<>();
        RuleLanguage.FACTS.keySet().forEach(type -> names.add(type.getName()));
        RuleLanguage.CODES.values().forEach(type -> names.add(type.getName()));
        names.add(Advice.class.getName());
        this.vocabulary = Set.copyOf(names);
    }

    /** Whether rule code may name this class. */
    boolean allows(String className) {
        if (className.startsWith("java.lang.") && JAVA_LANG.contains(className.substring("java.lang.".length()))) {
            return true;
        }
        return vocabulary.contains(className) || DROOLS_GENERATED.contains(className)
                || DROOLS_CONFIGURATION.stream().anyMatch(className::startsWith) && className.indexOf('$') < 0;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!allows(name)) {
            throw new ClassNotFoundException(name + " is outside the rule language");
        }
        return Class.forName(name, false, application);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        return loadClass(name, false);
    }

    /** The Java compiler reads the types it resolves as class files: only the allowed ones are there. */
    @Override
    public URL getResource(String name) {
        return allowedResource(name) ? application.getResource(name) : null;
    }

    @Override
    public InputStream getResourceAsStream(String name) {
        return allowedResource(name) ? application.getResourceAsStream(name) : null;
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        return allowedResource(name) ? application.getResources(name) : Collections.emptyEnumeration();
    }

    private boolean allowedResource(String name) {
        if (name.endsWith(".class")) {
            return allows(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
        }
        // Drools' own configuration files (accumulate functions, operators, dialects)
        return name.startsWith("META-INF/kie.") && name.endsWith(".conf");
    }
}
