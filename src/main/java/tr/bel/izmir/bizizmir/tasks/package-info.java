/**
 * The staff inbox shared by every process: tasks of the user's candidate groups, claiming, forms from forms/.
 */
package tr.bel.izmir.bizizmir.tasks;
