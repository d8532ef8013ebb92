/**
 * Demo data for the local mode: pilot assemblies and PB cycles, loaded through each feature's public service.
 */
package tr.bel.izmir.bizizmir.demo;
