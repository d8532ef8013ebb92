/**
 * Shared kernel: value objects, clock and time zone, i18n, typed domain errors and
 * their mapping to users (notifications) and clients (RFC 9457 problem details).
 * Owns no aggregate; every feature may depend on it, it depends on no feature.
 */
package tr.bel.izmir.bizizmir.shared;
