package tr.bel.izmir.bizizmir.tasks.forms;

/**
 * One field that failed validation, for a summary above the form or for logging.
 *
 * @param key     the process variable the field writes
 * @param label   the label the user sees (in the user's language)
 * @param message the translated error, the same text shown under the field
 */
public record FieldError(String key, String label, String message) {
}
