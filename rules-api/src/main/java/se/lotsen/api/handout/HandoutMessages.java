package se.lotsen.api.handout;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The handout's own phrases in one language: a small message file per language
 * ({@code /handout/messages_xx.properties}). A language without a file gets Swedish, and the page
 * says so. A file marked {@code reviewed=false} is an example a qualified translator has not checked;
 * the page shows that too.
 */
public final class HandoutMessages {
    static final String SWEDISH = "sv";
    /**
     * The languages the page's own phrases are written in: Swedish, English, Arabic, Somali, Tigrinya, Persian (Farsi),
     * Dari (ISO 639-3 {@code prs}), Ukrainian and Polish.
     */
    public static final List<String> LANGUAGES = List.of("sv", "en", "ar", "so", "ti", "fa", "prs", "uk", "pl");
    /** Languages written right to left: Arabic, Persian (Farsi and Dari), Hebrew, Pashto, Urdu, Yiddish, Dhivehi. */
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "prs", "he", "ps", "ur", "yi", "dv");
    private static final Map<String, HandoutMessages> LOADED = new ConcurrentHashMap<>();

    private final String language;
    private final Properties phrases;

    private HandoutMessages(String language, Properties phrases) {
        this.language = language;
        this.phrases = phrases;
    }

    /** The phrases in this language, or in Swedish when there is no file for it. */
    public static HandoutMessages in(String language) {
        String wanted = language == null ? SWEDISH : language.toLowerCase(Locale.ROOT);
        HandoutMessages found = LOADED.computeIfAbsent(wanted, HandoutMessages::load);
        return found != null ? found : LOADED.computeIfAbsent(SWEDISH, HandoutMessages::load);
    }

    private static HandoutMessages load(String language) {
        if (!language.matches("[a-z]{2,3}")) {
            return null;
        }
        try (InputStream in = HandoutMessages.class.getResourceAsStream("/handout/messages_" + language + ".properties")) {
            if (in == null) {
                return null;
            }
            Properties phrases = new Properties();
            phrases.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new HandoutMessages(language, phrases);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The language these phrases are in (Swedish when the parent's language has no file). */
    public String language() {
        return language;
    }

    /**
     * A date as the parent reads it ("23 februari 2027", "23 February 2027"), month names from the language's
     * CLDR data, digits 0–9 so the date reads the same at a Swedish counter. Dari is written with Afghanistan's
     * Persian ({@code fa-AF}), which CLDR has; {@code prs} it does not.
     */
    public String date(LocalDate date) {
        Locale locale = language.equals("prs") ? Locale.forLanguageTag("fa-AF") : Locale.forLanguageTag(language);
        return DateTimeFormatter.ofPattern(phrases.getProperty("date.pattern", "d MMMM y"), locale).format(date);
    }

    public boolean reviewed() {
        return Boolean.parseBoolean(phrases.getProperty("reviewed", "false"));
    }

    public String direction() {
        return rightToLeft(language) ? "rtl" : "ltr";
    }

    static boolean rightToLeft(String language) {
        return language != null && RIGHT_TO_LEFT.contains(language);
    }

    /** A phrase; a missing key falls back to Swedish, so a half-done file never shows a blank. */
    public String get(String key, Object... arguments) {
        String phrase = phrases.getProperty(key);
        if (phrase == null) {
            phrase = language.equals(SWEDISH) ? key : in(SWEDISH).get(key);
        }
        return arguments.length == 0 ? phrase : new MessageFormat(phrase, Locale.ROOT).format(arguments);
    }
}
