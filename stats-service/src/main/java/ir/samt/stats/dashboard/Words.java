package ir.samt.stats.dashboard;

import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The dashboard's words in both languages ({@code dashboard/words.properties} is Persian,
 * {@code words_en.properties} English; properties bundles are read as UTF-8). Indicator names are
 * keys too ({@code indicator.licences.issued.count}); an indicator without a label shows its name, and
 * {@code DashboardWordsTest} fails the build for it.
 */
public final class Words {

    private final ResourceBundle bundle;

    private Words(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static Words of(Lang lang) {
        // ROOT fallback control: the Persian file is the base bundle whatever the JVM's default locale
        return new Words(ResourceBundle.getBundle("dashboard.words", lang.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String indicator(String name) {
        return get("indicator." + name);
    }
}
