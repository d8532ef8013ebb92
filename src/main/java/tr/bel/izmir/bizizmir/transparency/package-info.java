/**
 * The public face of the platform: landing page, public timelines, open data and statistics.
 */
package tr.bel.izmir.bizizmir.transparency;
