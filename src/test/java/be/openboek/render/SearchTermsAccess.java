package be.openboek.render;

import be.openboek.format.Language;
import java.util.Set;

/** The search index's term rules for tests in other packages, which compare the split index with the whole one. */
public final class SearchTermsAccess {

    private SearchTermsAccess() {
    }

    /** {@link SearchTerms#stem} in the language with code {@code language} ({@code nl}, {@code en}). */
    public static String stem(String word, String language) {
        return SearchTerms.stem(word, Language.valueOf(language.toUpperCase(java.util.Locale.ROOT)));
    }

    /** {@link SearchTerms#titleTerms}. */
    public static Set<String> titleTerms(String title, String language) {
        return SearchTerms.titleTerms(title, Language.valueOf(language.toUpperCase(java.util.Locale.ROOT)));
    }
}
