/**
 * Notifications (issue 15, DD022): every feature tells people about decisions, deadlines and
 * escalations through {@link tr.bel.izmir.bizizmir.notification.Notifier#send}, inside the
 * transaction of the change. Owns the outbox (Spring Modulith's event publication registry),
 * the in-app notifications and bell, the mail outbox and its SMTP delivery, each person's
 * preferences and e-mail consent, unsubscribe links, and their part in KVKK requests.
 */
package tr.bel.izmir.bizizmir.notification;
