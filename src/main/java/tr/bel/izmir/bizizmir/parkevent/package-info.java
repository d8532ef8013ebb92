/**
 * Living Parks (Yaşayan Parklar): parks, slots, civic groups' event applications, support and reports.
 */
package tr.bel.izmir.bizizmir.parkevent;
