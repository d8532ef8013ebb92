package tr.bel.izmir.bizizmir.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MultiFileMemoryBuffer;
import com.vaadin.flow.server.StreamResource;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.Images;
import tr.bel.izmir.bizizmir.shared.PhotoRules;
import tr.bel.izmir.bizizmir.shared.PhotoUpload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.LongFunction;
import java.util.stream.Stream;

/**
 * The photo upload field and the photo gallery of every feature (proposals, Living Parks, event
 * reports, implementation updates). The feature brings its rules ({@link PhotoRules}) and where
 * the bytes come from; the services check the photos again on the server.
 */
public final class Photos {

    /** What the browser's file chooser offers; the server decides by the first bytes ({@link Images}). */
    private static final String[] CHOOSABLE = Stream.concat(Images.ACCEPTED.stream(), Stream.of(".jpg", ".jpeg", ".png", ".webp"))
            .toArray(String[]::new);

    private Photos() {
    }

    /**
     * A photo upload that checks each file as it arrives, tells the person at once what is wrong
     * with a refused one, and hands the accepted ones on; removing a file from the list hands on its name.
     */
    public static Upload upload(Component c, String id, PhotoRules rules, Consumer<PhotoUpload> accepted,
                                Consumer<String> removed) {
        var buffer = new MultiFileMemoryBuffer();
        var upload = new Upload(buffer);
        upload.setId(id);
        upload.setAcceptedFileTypes(CHOOSABLE);
        upload.setMaxFileSize(Images.MAX_BYTES);
        upload.setMaxFiles(rules.maxPhotos());
        Uploads.translate(upload, Images.MAX_BYTES / (1024 * 1024), rules.maxPhotos(), "upload.kind.photos");
        upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()));
        upload.addSucceededListener(e -> {
            try (var in = buffer.getInputStream(e.getFileName())) {
                var photo = new PhotoUpload(e.getFileName(), in.readAllBytes());
                rules.check(photo);
                accepted.accept(photo);
            } catch (DomainException ex) {
                Notifications.error(c.getTranslation(ex.messageKey(), ex.args()));
            } catch (IOException ex) {
                Notifications.error(c.getTranslation(rules.errors().empty(), e.getFileName()));
            }
        });
        upload.addFileRemovedListener(e -> removed.accept(e.getFileName()));
        return upload;
    }

    /**
     * A gallery (class {@code photo-gallery}) of stored photos, each streamed only when the
     * browser asks for it.
     *
     * @param resourcePrefix with the photo's id, the name of its stream as it appears in its address
     * @param load         a photo's bytes (empty when it is gone or not the reader's to see)
     * @param alt          the text alternative of the n-th photo, counting from 1
     */
    public static Div gallery(String resourcePrefix, List<Long> photoIds, LongFunction<byte[]> load,
                              IntFunction<String> alt) {
        return gallery(resourcePrefix, photoIds, load, alt, false);
    }

    /** A {@link #gallery} whose photos open full size in a new tab. */
    public static Div linkedGallery(String resourcePrefix, List<Long> photoIds, LongFunction<byte[]> load,
                                    IntFunction<String> alt) {
        return gallery(resourcePrefix, photoIds, load, alt, true);
    }

    private static Div gallery(String resourcePrefix, List<Long> photoIds, LongFunction<byte[]> load,
                               IntFunction<String> alt, boolean linked) {
        var gallery = new Div();
        gallery.addClassName("photo-gallery");
        int n = 1;
        for (long photoId : photoIds) {
            var resource = new StreamResource(resourcePrefix + photoId, () -> new ByteArrayInputStream(load.apply(photoId)));
            var image = new Image(resource, alt.apply(n++));
            if (linked) {
                var link = new Anchor(resource, "");
                link.add(image);
                link.setTarget(AnchorTarget.BLANK);
                gallery.add(link);
            } else {
                gallery.add(image);
            }
        }
        return gallery;
    }
}
