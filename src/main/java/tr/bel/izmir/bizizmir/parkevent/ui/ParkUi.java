package tr.bel.izmir.bizizmir.parkevent.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MultiFileMemoryBuffer;
import com.vaadin.flow.server.StreamResource;
import tr.bel.izmir.bizizmir.neighbourhood.DistrictInfo;
import tr.bel.izmir.bizizmir.parkevent.EventStatus;
import tr.bel.izmir.bizizmir.parkevent.StoredPhoto;
import tr.bel.izmir.bizizmir.proposal.PhotoUpload;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.ui.Badge;
import tr.bel.izmir.bizizmir.shared.ui.Notifications;
import tr.bel.izmir.bizizmir.shared.ui.Uploads;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongFunction;

/** Small pieces the Living Parks pages (and the staff case page of an event) share. */
public final class ParkUi {

    private ParkUi() {
    }

    public static Badge statusBadge(Component c, EventStatus status) {
        var tone = switch (status) {
            case APPROVED, CLOSED, REPORTED -> Badge.Tone.SUCCESS;
            case PENDING -> Badge.Tone.INFO;
            case CHANGES_REQUESTED, REPORT_OVERDUE -> Badge.Tone.WARNING;
            case INELIGIBLE, REFUSED, CANCELLED -> Badge.Tone.ERROR;
            case WITHDRAWN -> Badge.Tone.NEUTRAL;
        };
        return new Badge(c.getTranslation("parks.status." + status.name()), tone);
    }

    static String districtName(List<DistrictInfo> districts, String code) {
        return districts.stream().filter(d -> d.getCode().equals(code)).map(DistrictInfo::getName).findFirst().orElse(code);
    }

    /** A gallery of stored photos, each streamed on demand. */
    static Div gallery(Component c, String id, List<Long> photoIds, LongFunction<Optional<StoredPhoto>> load, String altKey) {
        var gallery = new Div();
        gallery.addClassName("photo-gallery");
        gallery.setId(id);
        int n = 1;
        for (long photoId : photoIds) {
            var resource = new StreamResource("photo-" + photoId, () -> new ByteArrayInputStream(
                    load.apply(photoId).map(StoredPhoto::content).orElse(new byte[0])));
            gallery.add(new Image(resource, c.getTranslation(altKey, n++)));
        }
        return gallery;
    }

    /** A photo upload that checks each file as it arrives and hands the accepted ones on. */
    static Upload photoUpload(Component c, String id, int maxFiles, Consumer<PhotoUpload> accepted, Consumer<String> removed) {
        var buffer = new MultiFileMemoryBuffer();
        var upload = new Upload(buffer);
        upload.setId(id);
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp", ".jpg", ".jpeg", ".png", ".webp");
        upload.setMaxFileSize(PhotoUpload.MAX_BYTES);
        upload.setMaxFiles(maxFiles);
        Uploads.translate(upload, PhotoUpload.MAX_BYTES / (1024 * 1024), maxFiles, "upload.kind.photos");
        upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()));
        upload.addSucceededListener(e -> {
            try (var in = buffer.getInputStream(e.getFileName())) {
                var photo = new PhotoUpload(e.getFileName(), in.readAllBytes());
                photo.validate();
                accepted.accept(photo);
            } catch (DomainException ex) {
                Notifications.error(c.getTranslation(ex.messageKey(), ex.args()));
            } catch (IOException ex) {
                Notifications.error(c.getTranslation("proposal.error.photo-empty", e.getFileName()));
            }
        });
        upload.addFileRemovedListener(e -> removed.accept(e.getFileName()));
        return upload;
    }
}
