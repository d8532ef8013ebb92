package tr.bel.izmir.bizizmir.parkevent;

/** A photo's bytes and type, as a page streams it. */
public record StoredPhoto(long id, String fileName, String contentType, byte[] content) {
}
