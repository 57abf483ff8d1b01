package se.lotsen.api.resources;

import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataMultiPart;
import se.lotsen.core.InvalidRequestException;
import se.lotsen.core.Violation;
import se.lotsen.core.ruleset.RuleSetLimits;
import se.lotsen.policy.RuleSetFiles;

/**
 * A rule set as a policy owner sends it: a zip body (curl), or a browser form with either one zip
 * or the files of a folder, each part named by its path in the folder. Names and sizes are checked
 * as for a zip; anything unreadable is a 422 that says how to send it.
 */
final class RuleSetUpload {
    static final String ZIP = "application/zip";
    static final String FIELD = "file";

    private RuleSetUpload() {
    }

    static RuleSetFiles fromZip(byte[] zip) {
        try {
            return RuleSetFiles.fromZip("upload", zip);
        } catch (IllegalArgumentException e) {
            throw invalid(e.getMessage());
        }
    }

    static RuleSetFiles fromForm(FormDataMultiPart form) {
        List<FormDataBodyPart> parts = form == null ? List.of() : form.getFields(FIELD);
        if (parts == null || parts.isEmpty()) {
            throw invalid("the form has no files; send the rule set's folder or a zip of it in the field '" + FIELD + "'");
        }
        if (parts.size() == 1 && name(parts.get(0)).toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return fromZip(bytes(parts.get(0)));
        }
        List<Map.Entry<String, byte[]>> files = new ArrayList<>();
        for (FormDataBodyPart part : parts) {
            files.add(Map.entry(name(part), bytes(part)));
        }
        try {
            return RuleSetFiles.fromUpload("upload", files);
        } catch (IllegalArgumentException e) {
            throw invalid(e.getMessage());
        }
    }

    private static String name(FormDataBodyPart part) {
        String name = part.getContentDisposition() == null ? null : part.getContentDisposition().getFileName();
        if (name == null || name.isBlank()) {
            throw invalid("a part of the form has no file name; each part is a file named by its path in the folder");
        }
        return name.replace('\\', '/');
    }

    private static byte[] bytes(FormDataBodyPart part) {
        if (part.getMediaType() != null && part.getMediaType().isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)) {
            throw invalid("a part of the form is itself a form");
        }
        try (InputStream in = part.getValueAs(InputStream.class)) {
            byte[] content = in.readNBytes(RuleSetLimits.MAX_FILE_BYTES + 1);
            if (content.length > RuleSetLimits.MAX_FILE_BYTES) {
                throw invalid("the file " + name(part) + " is larger than " + RuleSetLimits.MAX_FILE_BYTES / 1024 + " KiB");
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InvalidRequestException invalid(String message) {
        return new InvalidRequestException(List.of(new Violation("body", message, List.of())));
    }
}
