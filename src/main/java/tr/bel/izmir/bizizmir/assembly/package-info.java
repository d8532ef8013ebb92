/**
 * Neighbourhood assemblies (Mahalle Meclisleri): the assemblies themselves, and later their
 * membership, meetings, assembly review of proposals and advisory items.
 */
package tr.bel.izmir.bizizmir.assembly;
