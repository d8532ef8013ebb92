/**
 * Public maps (issue 18, DD030): a cycle's proposals by status, the Living Parks with their
 * upcoming events, the implementation projects. It owns no data: it reads the public services
 * of proposal, budgeting and parkevent and draws them with {@code shared.ui.MapPanel}; each map
 * has the same content as a list beside it.
 */
package tr.bel.izmir.bizizmir.maps;
