/**
 * Where people live: İzmir's districts and neighbourhoods (reference data with CSV import),
 * the census list and residents' verification against it. Other features refer to a neighbourhood by
 * its id or code and read it through {@link tr.bel.izmir.bizizmir.neighbourhood.NeighbourhoodCatalog}.
 */
package tr.bel.izmir.bizizmir.neighbourhood;
