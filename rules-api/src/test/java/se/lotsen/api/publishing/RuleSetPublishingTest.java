package se.lotsen.api.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.lotsen.api.TestApp;
import se.lotsen.api.auth.Role;
import se.lotsen.policy.RuleSetFiles;

/**
 * Publishing without a restart, on a server of its own (it changes what serves). Each test uses its
 * own versions and asserts on those, so the tests hold in any order.
 */
class RuleSetPublishingTest {
    private static final String ZIP = "application/zip";
    private static final String SLEEP = "{\"childAgeMonths\": 6, \"needs\": [{\"category\": \"SLEEP\"}]}";
    private static TestApp app;
    private static String owner;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        owner = app.key(Role.POLICY_OWNER);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static HttpResponse<String> publish(RuleSetFiles files) {
        return app.post("/rulesets", owner, ZIP, files.toZip());
    }

    private static JsonNode suggest() {
        return TestApp.json(app.postJson("/pathways/suggest", app.key(Role.STAFF), SLEEP));
    }

    @Test
    void aPublishedVersionServesAtOnceWithItsTexts() {
        HttpResponse<String> published = publish(EditedRuleSets.version("2026.12.1", "Sömn: en omformulerad anledning."));

        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        assertThat(TestApp.json(published).get("version").get("active").asBoolean()).isTrue();
        JsonNode pathway = suggest();
        assertThat(pathway.get("ruleSetVersion").asText()).isEqualTo("2026.12.1");
        assertThat(pathway.toString()).contains("Sömn: en omformulerad anledning.");
    }

    @Test
    void aVersionThatDoesNotCompileIsRefusedWithFileAndLineAndTheLastGoodKeepsServing() {
        String serving = suggest().get("ruleSetVersion").asText();

        HttpResponse<String> refused = publish(EditedRuleSets.broken("2026.12.2"));

        assertThat(refused.statusCode()).isEqualTo(422);
        JsonNode error = TestApp.json(refused).get("errors").get(0);
        assertThat(error.get("path").asText()).isEqualTo("rules/epds.drl");
        assertThat(error.get("line").asInt()).isPositive();
        assertThat(suggest().get("ruleSetVersion").asText()).isEqualTo(serving);
        assertThat(TestApp.json(app.get("/rulesets", owner)).findValuesAsText("version")).doesNotContain("2026.12.2");
    }

    @Test
    void aRuleThatWouldWriteAFileIsRefusedAndNeverRuns() throws Exception {
        Path marker = app.dir().resolve("written-by-a-rule");

        HttpResponse<String> refused = publish(EditedRuleSets.writingAFile("2026.12.3", marker.toString().replace("\\", "/")));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("rules/attack.drl");
        assertThat(marker).doesNotExist();
        assertThat(app.post("/rulesets/validate", owner, ZIP, EditedRuleSets.writingAFile("2026.12.3",
                marker.toString().replace("\\", "/")).toZip()).body()).contains("\"valid\":false");
        assertThat(marker).doesNotExist();
    }

    @Test
    void theSameVersionWithOtherContentGetsTheNextVersionByItself() {
        assertThat(publish(EditedRuleSets.version("2026.12.40", "Första texten.")).statusCode()).isEqualTo(201);

        HttpResponse<String> changed = publish(EditedRuleSets.version("2026.12.40", "Andra texten."));

        assertThat(changed.statusCode()).isEqualTo(201);
        String given = TestApp.json(changed).get("report").get("version").asText();
        assertThat(given).matches("\\d{4}\\.\\d{1,2}\\.\\d+").isNotEqualTo("2026.12.40");
        assertThat(suggest().get("ruleSetVersion").asText()).isEqualTo(given);
        HttpResponse<String> again = publish(EditedRuleSets.version("2026.12.40", "Andra texten."));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(TestApp.json(again).get("code").asText()).isEqualTo("already_published");
        assertThat(TestApp.json(again).get("message").asText()).contains("version " + given + " already");
    }

    @Test
    void republishingAnOlderVersionSaysSoAndDoesNotUndoARollback() {
        assertThat(publish(EditedRuleSets.version("2026.12.5")).statusCode()).isEqualTo(201);
        assertThat(publish(EditedRuleSets.version("2026.12.6")).statusCode()).isEqualTo(201);

        HttpResponse<String> again = publish(EditedRuleSets.version("2026.12.5"));

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(TestApp.json(again).get("code").asText()).isEqualTo("already_published");
        assertThat(TestApp.json(again).get("message").asText()).contains("activate");
        assertThat(suggest().get("ruleSetVersion").asText()).isEqualTo("2026.12.6");
    }

    @Test
    void activatingAnEarlierVersionShowsTheDiffFirstAndThenServesIt() {
        assertThat(publish(EditedRuleSets.version("2026.12.7", "Sömn: version sju.")).statusCode()).isEqualTo(201);
        assertThat(publish(EditedRuleSets.version("2026.12.8", "Sömn: version åtta.")).statusCode()).isEqualTo(201);

        JsonNode diff = TestApp.json(app.get("/rulesets/2026.12.7/diff?ruleSetId=default", owner));
        HttpResponse<String> activated = app.post("/rulesets/2026.12.7/activate?ruleSetId=default", owner, "application/json",
                new byte[0]);

        assertThat(diff.get("changed").asInt()).isPositive();
        assertThat(diff.get("changes").get(0).get("texts").toString()).contains("version sju");
        assertThat(activated.statusCode()).as(activated.body()).isEqualTo(200);
        assertThat(suggest().get("ruleSetVersion").asText()).isEqualTo("2026.12.7");
        assertThat(TestApp.json(app.get("/rulesets/active", owner)).get("version").asText()).isEqualTo("2026.12.7");
    }

    @Test
    void anyVersionCanBeDownloadedAsTheZipThatWasPublished() {
        RuleSetFiles files = EditedRuleSets.version("2026.12.9");
        assertThat(publish(files).statusCode()).isEqualTo(201);

        HttpResponse<byte[]> zip = sendBytes(app.request("/rulesets/2026.12.9/zip?ruleSetId=default", owner).GET());

        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(RuleSetFiles.fromZip("download", zip.body()).hash()).isEqualTo(files.hash());
    }

    @Test
    void aBrowserUploadsAFoldersFilesOrAZipAsAForm() {
        RuleSetFiles files = EditedRuleSets.version("2026.12.10");
        String boundary = "----lotsen" + UUID.randomUUID();
        ByteArrayOutputStream form = new ByteArrayOutputStream();
        for (Map.Entry<String, byte[]> file : files.files().entrySet()) {
            part(form, boundary, "my-rules/" + file.getKey(), file.getValue());
        }
        form.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> folder = app.post("/rulesets/validate", owner, "multipart/form-data; boundary=" + boundary,
                form.toByteArray());
        ByteArrayOutputStream zipForm = new ByteArrayOutputStream();
        part(zipForm, boundary, "rules.zip", files.toZip());
        zipForm.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> zip = app.post("/rulesets/validate", owner, "multipart/form-data; boundary=" + boundary,
                zipForm.toByteArray());

        assertThat(folder.statusCode()).as(folder.body()).isEqualTo(200);
        assertThat(TestApp.json(folder).get("version").asText()).isEqualTo("2026.12.10");
        assertThat(TestApp.json(folder).get("valid").asBoolean()).isTrue();
        assertThat(TestApp.json(zip).get("hash").asText()).isEqualTo(files.hash());
    }

    @Test
    void aZipWithTheSameFileTwiceIsRefused() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            for (String content : new String[] {"id: a", "id: b"}) {
                java.util.zip.ZipEntry entry = new java.util.zip.ZipEntry("ruleset.yaml");
                zip.putNextEntry(entry);
                zip.write(content.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (java.util.zip.ZipException duplicateRefusedByJava) {
            // Java's own writer refuses too; write the archive by hand.
            bytes = duplicateZip();
        }

        HttpResponse<String> response = app.post("/rulesets/validate", owner, ZIP, bytes.toByteArray());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("twice");
    }

    @Test
    void rolesOtherThanPolicyOwnerCannotPublish() {
        assertThat(app.post("/rulesets", app.key(Role.STAFF), ZIP, EditedRuleSets.version("2026.12.11").toZip()).statusCode())
                .isEqualTo(403);
        assertThat(app.post("/rulesets", null, ZIP, new byte[0]).statusCode()).isEqualTo(401);
    }

    /** Two local entries named ruleset.yaml, stored: Java's ZipOutputStream will not write a duplicate. */
    private static ByteArrayOutputStream duplicateZip() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        java.util.List<byte[]> centrals = new java.util.ArrayList<>();
        for (String content : new String[] {"id: a\n", "id: b\n"}) {
            byte[] data = content.getBytes(StandardCharsets.UTF_8);
            byte[] name = "ruleset.yaml".getBytes(StandardCharsets.UTF_8);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(data);
            int offset = out.size();
            java.nio.ByteBuffer local = java.nio.ByteBuffer.allocate(30 + name.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            local.putInt(0x04034b50).putShort((short) 10).putShort((short) 0).putShort((short) 0).putInt(0)
                    .putInt((int) crc.getValue()).putInt(data.length).putInt(data.length).putShort((short) name.length)
                    .putShort((short) 0).put(name);
            out.writeBytes(local.array());
            out.writeBytes(data);
            java.nio.ByteBuffer central = java.nio.ByteBuffer.allocate(46 + name.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            central.putInt(0x02014b50).putShort((short) 20).putShort((short) 10).putShort((short) 0).putShort((short) 0)
                    .putInt(0).putInt((int) crc.getValue()).putInt(data.length).putInt(data.length)
                    .putShort((short) name.length).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                    .putShort((short) 0).putInt(0).putInt(offset).put(name);
            centrals.add(central.array());
        }
        int start = out.size();
        centrals.forEach(out::writeBytes);
        int size = out.size() - start;
        java.nio.ByteBuffer end = java.nio.ByteBuffer.allocate(22).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) 2).putShort((short) 2)
                .putInt(size).putInt(start).putShort((short) 0);
        out.writeBytes(end.array());
        return out;
    }

    private static void part(ByteArrayOutputStream form, String boundary, String fileName, byte[] content) {
        form.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        form.writeBytes(content);
        form.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<byte[]> sendBytes(HttpRequest.Builder request) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String read(Path file) throws Exception {
        return Files.readString(file);
    }
}
