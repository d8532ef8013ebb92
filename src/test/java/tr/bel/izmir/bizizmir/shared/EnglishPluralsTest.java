package tr.bel.izmir.bizizmir.shared;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 14: "1 tasks" in English. Counts that are often one say it in the singular. */
class EnglishPluralsTest {

    private final Messages messages = messages();

    static Messages messages() {
        var source = new ResourceBundleMessageSource();
        source.setBasename("i18n/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return new Messages(source);
    }

    @Test
    void one_is_singular_and_more_are_plural() {
        assertThat(messages.get("inbox.total", Messages.ENGLISH, 1)).isEqualTo("1 task");
        assertThat(messages.get("inbox.total", Messages.ENGLISH, 0)).isEqualTo("No tasks");
        assertThat(messages.get("inbox.total", Messages.ENGLISH, 1234)).isEqualTo("1,234 tasks");
        assertThat(messages.get("inbox.claimed-some", Messages.ENGLISH, 1, 1))
                .isEqualTo("1 task claimed; 1 was claimed or completed by someone else.");
        assertThat(messages.get("proposal.supports", Messages.ENGLISH, 1)).isEqualTo("1 support");
        assertThat(messages.get("census.summary", Messages.ENGLISH, 1, 2)).isEqualTo("1 person imported; 2 rows had errors and were skipped.");
        assertThat(messages.get("inbox.total", Messages.TURKISH, 1)).isEqualTo("1 görev");
    }
}
