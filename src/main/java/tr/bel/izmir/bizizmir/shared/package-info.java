/**
 * Shared kernel: value objects, clock and time zone, i18n, typed domain errors and
 * their mapping to users (notifications) and clients (RFC 9457 problem details).
 * Owns no aggregate; every feature may depend on it, it depends on no feature.
 * An open module for Spring Modulith: its sub-packages ({@code ui}, {@code process}, {@code i18n})
 * are part of what every feature may use.
 */
@ApplicationModule(displayName = "Shared kernel", type = ApplicationModule.Type.OPEN)
package tr.bel.izmir.bizizmir.shared;

import org.springframework.modulith.ApplicationModule;
