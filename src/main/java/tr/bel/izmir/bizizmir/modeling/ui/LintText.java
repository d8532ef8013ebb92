package tr.bel.izmir.bizizmir.modeling.ui;

import java.util.Locale;
import java.util.function.Function;

/**
 * A bpmnlint finding in the reader's language (issue 14: the findings were English in Turkish
 * mode): {@code modeling.lint.<rule>} when the bundles know the rule ('/' of a plug-in's rule
 * becomes '.'), bpmnlint's own English text otherwise.
 */
final class LintText {

    private LintText() {
    }

    static String of(String rule, String english, Function<String, String> translate) {
        String key = "modeling.lint." + rule.toLowerCase(Locale.ROOT).replace('/', '.');
        String text = translate.apply(key);
        return text == null || text.startsWith("!") ? english : text;
    }

    /** A validator's lint detail, "rule: English message", in the reader's language. */
    static String ofDetail(String detail, Function<String, String> translate) {
        int colon = detail.indexOf(": ");
        return colon < 0 ? detail : of(detail.substring(0, colon), detail.substring(colon + 2), translate);
    }
}
