package tr.bel.izmir.bizizmir.parkevent.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import tr.bel.izmir.bizizmir.neighbourhood.DistrictInfo;
import tr.bel.izmir.bizizmir.parkevent.EventStatus;
import tr.bel.izmir.bizizmir.parkevent.StoredPhoto;
import tr.bel.izmir.bizizmir.shared.ui.Badge;
import tr.bel.izmir.bizizmir.shared.ui.Photos;

import java.util.List;
import java.util.Optional;
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

    /** A gallery of a park's or an event report's stored photos, each streamed on demand. */
    static Div gallery(Component c, String id, List<Long> photoIds, LongFunction<Optional<StoredPhoto>> load, String altKey) {
        var gallery = Photos.gallery("photo-", photoIds, photoId -> load.apply(photoId).map(StoredPhoto::content).orElse(new byte[0]),
                n -> c.getTranslation(altKey, n));
        gallery.setId(id);
        return gallery;
    }
}
