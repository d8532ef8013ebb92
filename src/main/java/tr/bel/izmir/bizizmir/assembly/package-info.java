/**
 * Neighbourhood assemblies (Mahalle Meclisleri): the assemblies and their administration,
 * membership (applications and terms), meetings with attendance and minutes, the assembly's
 * review of proposals and its advisory items for departments.
 */
package tr.bel.izmir.bizizmir.assembly;
