/**
 * Running the platform as a service (issue 17): business metrics for Prometheus and the
 * readiness of the process engine. Reads other features only through their public services and
 * the engine's query API; changes nothing.
 */
package tr.bel.izmir.bizizmir.operations;
