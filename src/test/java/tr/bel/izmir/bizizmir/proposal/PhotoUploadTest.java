package tr.bel.izmir.bizizmir.proposal;

import org.junit.jupiter.api.Test;
import tr.bel.izmir.bizizmir.shared.DomainException;
import tr.bel.izmir.bizizmir.shared.Images;
import tr.bel.izmir.bizizmir.shared.PhotoUpload;

import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhotoUploadTest {

    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10};
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    static String keyOf(Runnable r) {
        try {
            r.run();
            return null;
        } catch (DomainException e) {
            return e.messageKey();
        }
    }

    @Test
    void recognises_photos_by_their_first_bytes_not_their_names() {
        assertThat(new PhotoUpload("park.png", JPEG).detectedType()).isEqualTo("image/jpeg");
        assertThat(new PhotoUpload("park", PNG).detectedType()).isEqualTo("image/png");
        assertThat(keyOf(() -> ProposalSubmissions.PHOTOS.check(new PhotoUpload("virus.jpg", "MZ\u0090\u0000".getBytes()))))
                .isEqualTo("proposal.error.photo-type");
    }

    @Test
    void refuses_empty_and_oversized_files() {
        assertThat(keyOf(() -> ProposalSubmissions.PHOTOS.check(new PhotoUpload("bos.jpg", new byte[0])))).isEqualTo("proposal.error.photo-empty");
        byte[] big = new byte[Images.MAX_BYTES + 1];
        System.arraycopy(JPEG, 0, big, 0, JPEG.length);
        assertThat(keyOf(() -> ProposalSubmissions.PHOTOS.check(new PhotoUpload("dev.jpg", big)))).isEqualTo("proposal.error.photo-too-big");
        assertThat(keyOf(() -> ProposalSubmissions.PHOTOS.check(new PhotoUpload("ok.jpg", JPEG)))).isNull();
    }

    @Test
    void refuses_a_sixth_photo_before_looking_at_any() {
        var six = Collections.nCopies(6, new PhotoUpload("bos.jpg", new byte[0]));
        assertThat(keyOf(() -> ProposalSubmissions.PHOTOS.check(six))).isEqualTo("proposal.error.photo-count");
        assertThat(keyOf(() -> ProposalSubmissions.PHOTOS.check(six.subList(0, 5)))).isEqualTo("proposal.error.photo-empty");
    }

    @Test
    void keeps_only_the_file_name_of_a_path() {
        assertThat(new PhotoUpload("C:\\Users\\ali\\..\\park.jpg", JPEG).safeFileName()).isEqualTo("park.jpg");
        assertThat(new PhotoUpload("../../etc/passwd", JPEG).safeFileName()).isEqualTo("passwd");
    }
}
