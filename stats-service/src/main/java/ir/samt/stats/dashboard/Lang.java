package ir.samt.stats.dashboard;

import java.util.Locale;

import ir.samt.platform.problem.ProblemException;

/** The dashboard's two languages: Persian first (right to left, Persian digits), English on request. */
public enum Lang {
    FA("fa", "rtl"), EN("en", "ltr");

    private final String tag;
    private final String dir;

    Lang(String tag, String dir) {
        this.tag = tag;
        this.dir = dir;
    }

    /** {@code ?lang=}: absent or {@code fa} is Persian, {@code en} English; anything else is a 400 naming the field. */
    public static Lang parse(String lang) {
        if (lang == null || lang.isBlank() || lang.strip().equalsIgnoreCase("fa")) {
            return FA;
        }
        if (lang.strip().equalsIgnoreCase("en")) {
            return EN;
        }
        throw ProblemException.invalid("lang", "must be fa or en");
    }

    public String tag() {
        return tag;
    }

    public String dir() {
        return dir;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    public boolean persian() {
        return this == FA;
    }

    /** The other language, for the toggle. */
    public Lang other() {
        return this == FA ? EN : FA;
    }
}
