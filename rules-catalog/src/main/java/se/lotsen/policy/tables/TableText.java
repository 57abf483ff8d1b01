package se.lotsen.policy.tables;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import se.lotsen.core.Text;

/**
 * A CSV table's bytes as text, the way Swedish Excel may have saved them: UTF-8 with or without a
 * byte-order mark, or Windows-1252 ("CSV (semikolonavgränsad)"). What was found is reported so the
 * policy owner knows how the file was read.
 */
record TableText(String text, String encoding) {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    static TableText decode(byte[] bytes) throws UnreadableTable {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return new TableText(strict(bytes, 3, StandardCharsets.UTF_8), "UTF-8 (BOM)");
        }
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE
                || (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF)) {
            throw new UnreadableTable(new Text(
                    "Filen är sparad som UTF-16 (\"Unicode-text\"). Spara den i Excel som \"CSV UTF-8 (kommaavgränsad)\" eller som .xlsx.",
                    "The file is saved as UTF-16 (\"Unicode text\"). Save it in Excel as \"CSV UTF-8 (comma delimited)\" or as .xlsx."));
        }
        try {
            return new TableText(strict(bytes, 0, StandardCharsets.UTF_8), "UTF-8");
        } catch (UnreadableTable notUtf8) {
            return new TableText(strict(bytes, 0, WINDOWS_1252), "Windows-1252");
        }
    }

    private static String strict(byte[] bytes, int offset, Charset charset) throws UnreadableTable {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableTable(new Text(
                    "Filens teckenkodning går inte att avgöra. Spara den i Excel som \"CSV UTF-8 (kommaavgränsad)\" eller som .xlsx.",
                    "The file's character encoding cannot be told. Save it in Excel as \"CSV UTF-8 (comma delimited)\" or as .xlsx."));
        }
    }

    /** A table that cannot be read unambiguously, with what to do about it. */
    static final class UnreadableTable extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Text advice;

        UnreadableTable(Text advice) {
            super(advice.en());
            this.advice = advice;
        }

        Text advice() {
            return advice;
        }
    }
}
