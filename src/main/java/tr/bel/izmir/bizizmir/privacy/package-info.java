/**
 * KVKK (Law No. 6698) rights of a person: download everything the platform holds about them
 * and have it erased. Asks every feature that holds personal data, through its public service.
 */
package tr.bel.izmir.bizizmir.privacy;
