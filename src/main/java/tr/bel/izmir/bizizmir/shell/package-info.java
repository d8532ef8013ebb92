/**
 * The application shell: the layout with role-based navigation (built from the routes the
 * person may open), the language switch and the user menu. Features contribute entries
 * with {@code @Menu}; the shell knows none of them.
 */
package tr.bel.izmir.bizizmir.shell;
