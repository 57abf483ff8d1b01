package se.lotsen.api.cli;

import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/** The language a command speaks: Swedish by default, as the workbench does; {@code --lang en} for English. */
final class CliLanguage {
    private CliLanguage() {
    }

    static void configure(Subparser subparser) {
        subparser.addArgument("--lang").choices("sv", "en").setDefault("sv")
                .help("the language of the report: sv (Swedish, the default) or en (English)");
    }

    static boolean swedish(Namespace namespace) {
        return !"en".equals(namespace.getString("lang"));
    }

    /** One message in the chosen language. */
    static String say(boolean swedish, String sv, String en) {
        return swedish ? sv : en;
    }
}
