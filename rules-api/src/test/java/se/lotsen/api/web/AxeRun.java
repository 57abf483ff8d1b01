package se.lotsen.api.web;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * An axe-core accessibility run on the page a browser shows: axe.min.js from Maven Central's webjar
 * (org.webjars.npm:axe-core, so CI needs no npm), injected with Selenium, run with the WCAG 2.1 A/AA rules and
 * axe's best practices.
 */
final class AxeRun {
    /** One rule the page breaks, as axe reports it. */
    record Violation(String id, String impact, String help, List<String> targets) {
        boolean seriousOrCritical() {
            return "serious".equals(impact) || "critical".equals(impact);
        }

        @Override
        public String toString() {
            return impact + " " + id + ": " + help + " " + targets;
        }
    }

    private static final String SOURCE = read();

    private AxeRun() {
    }

    static List<Violation> on(WebDriver driver) {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(SOURCE);
        Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})"
                + ".then(r => done(JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                + " targets: v.nodes.map(n => n.target.join(' '))})))))"
                + ".catch(e => done('axe failed: ' + e));");
        String json = String.valueOf(result);
        if (!json.startsWith("[")) {
            throw new IllegalStateException(json);
        }
        try {
            return new ObjectMapper().readValue(json, new TypeReference<List<Violation>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read() {
        try (InputStream pom = AxeRun.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            Properties properties = new Properties();
            properties.load(pom);
            String path = "/META-INF/resources/webjars/axe-core/" + properties.getProperty("version") + "/axe.min.js";
            try (InputStream script = AxeRun.class.getResourceAsStream(path)) {
                return new String(script.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
