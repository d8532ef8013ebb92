/**
 * Open data (issue 18, DD029): the datasets, their streamed CSV and JSON writers and the DCAT-AP
 * catalogue. Everything here is aggregate or already public on the portal; no resident is named.
 */
package tr.bel.izmir.bizizmir.transparency.opendata;
