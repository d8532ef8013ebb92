/**
 * Who may do what: the roles of the programme ({@link tr.bel.izmir.bizizmir.security.AppRoles}),
 * the two login modes (local demo users, Keycloak OIDC), deny-by-default rules for views,
 * the API and Camunda's REST API and web apps, and the current user for every feature.
 */
package tr.bel.izmir.bizizmir.security;
