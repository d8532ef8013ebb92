package tr.bel.izmir.bizizmir.parkevent;

/** How loud an event expects to be; parks near homes care. */
public enum NoiseLevel { LOW, MEDIUM, HIGH }
