package tr.bel.izmir.bizizmir.tasks.forms;

import tr.bel.izmir.bizizmir.shared.DomainException;

/**
 * A form file the inbox cannot use. The message key tells the process owner what to fix
 * ({@code form.error.malformed}, {@code form.error.no-components}, ...), in their language.
 */
public class FormDefinitionException extends DomainException {

    public FormDefinitionException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
