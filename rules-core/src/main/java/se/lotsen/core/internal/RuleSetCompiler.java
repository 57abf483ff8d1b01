package se.lotsen.core.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import se.lotsen.core.ruleset.RuleFile;
import se.lotsen.core.ruleset.RuleSet;
import se.lotsen.core.ruleset.RuleSetException;
import se.lotsen.core.ruleset.RuleSetException.Problem;

/** Compiles a rule set's DRL files and decision tables into one KieBase, or reports each error by file and line. */
public final class RuleSetCompiler {
    private static final Pattern DRL_PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
    private static final Pattern CSV_PACKAGE = Pattern.compile("(?m)^\"?RuleSet\"?\\s*,\\s*\"?([\\w.]+)");
    private static final String RESOURCES = "src/main/resources/";
    private static final AtomicLong BUILDS = new AtomicLong();

    private RuleSetCompiler() {
    }

    public static KieBase compile(RuleSet ruleSet) {
        KieServices kie = KieServices.Factory.get();
        // Each build gets its own release id, and the module leaves the repository once built,
        // so reloading rule sets does not grow memory.
        ReleaseId releaseId = kie.newReleaseId("se.lotsen.rulesets",
                artifactSafe(ruleSet.id()), artifactSafe(ruleSet.version()) + "-" + BUILDS.incrementAndGet());
        KieFileSystem files = kie.newKieFileSystem();
        files.generateAndWritePomXML(releaseId);
        Map<String, String> ruleSetPathOf = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (RuleFile file : ruleSet.ruleFiles()) {
            String resource = resourcePath(file);
            String written = RESOURCES + resource;
            // Drools reports some errors by the written path, others by the resource path.
            ruleSetPathOf.put(written, file.path());
            ruleSetPathOf.put(resource, file.path());
            try {
                files.write(written, bytesForDrools(file));
            } catch (CharacterCodingException e) {
                problems.add(new Problem(file.path(), 0, "the table has characters this Java cannot read in its "
                        + "default encoding " + Charset.defaultCharset() + "; run Java with -Dfile.encoding=UTF-8"));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        KieBuilder builder = kie.newKieBuilder(files).buildAll();
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            String path = message.getPath() == null ? "" : ruleSetPathOf.getOrDefault(message.getPath(), message.getPath());
            String text = message.getText().strip().replaceAll("\\s*\\n\\s*", " ");
            if (!text.equals("Parser returned a null Package")) { // follows a syntax error already reported
                int line = message.getLine() > 0 ? message.getLine() : lineOfUnknownName(ruleSet, path, text);
                problems.add(new Problem(path, line, text));
            }
        }
        if (!problems.isEmpty()) {
            kie.getRepository().removeKieModule(releaseId);
            throw new RuleSetException(problems);
        }
        try {
            return kie.newKieContainer(releaseId).getKieBase();
        } finally {
            kie.getRepository().removeKieModule(releaseId);
        }
    }

    private static final Pattern UNKNOWN_NAME = Pattern.compile("strict-mode: [\\w.$]+\\.(\\w+)\\(\\)");

    /**
     * Some constraint errors come without a line; they name the unknown field, so the first line of
     * the file that uses that name is where the policy owner should look.
     */
    private static int lineOfUnknownName(RuleSet ruleSet, String path, String message) {
        Matcher unknown = UNKNOWN_NAME.matcher(message);
        if (!unknown.find()) {
            return 0;
        }
        Pattern word = Pattern.compile("\\b" + Pattern.quote(unknown.group(1)) + "\\b");
        for (RuleFile file : ruleSet.ruleFiles()) {
            if (file.path().equals(path)) {
                String[] lines = new String(file.content(), StandardCharsets.UTF_8).split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (word.matcher(lines[i]).find()) {
                        return i + 1;
                    }
                }
            }
        }
        return 0;
    }

    /** Files go under their package's folder (Drools warns otherwise); errors are mapped back to the rule set's path. */
    private static String resourcePath(RuleFile file) {
        Pattern declaration = file.path().endsWith(".drl") ? DRL_PACKAGE
                : file.path().endsWith(".drl.csv") ? CSV_PACKAGE : null;
        if (declaration != null) {
            Matcher m = declaration.matcher(new String(file.content(), StandardCharsets.UTF_8));
            if (m.find()) {
                String name = file.path().substring(file.path().lastIndexOf('/') + 1);
                return m.group(1).replace('.', '/') + "/" + name;
            }
        }
        return file.path();
    }

    /**
     * Drools reads CSV tables in the platform's default encoding, while rule sets are UTF-8 (the
     * reasons are Swedish). Re-encode so that å, ä and ö survive on any platform that can hold them.
     */
    private static byte[] bytesForDrools(RuleFile file) throws CharacterCodingException {
        Charset platform = Charset.defaultCharset();
        if (!file.path().endsWith(".csv") || platform.equals(StandardCharsets.UTF_8)) {
            return file.content();
        }
        CharBuffer text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(file.content()));
        CharsetEncoder encoder = platform.newEncoder();
        ByteBuffer encoded = encoder.encode(text);
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        return bytes;
    }

    private static String artifactSafe(String text) {
        return text.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
