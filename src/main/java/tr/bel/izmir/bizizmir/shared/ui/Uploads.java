package tr.bel.izmir.bizizmir.shared.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

import java.util.List;

/** Every upload speaks the person's language, with its own limits in the messages. */
public final class Uploads {

    private Uploads() {
    }

    /**
     * @param kindKey message key naming what may be uploaded ("CSV", "JPEG, PNG or WebP photos")
     */
    public static void translate(Upload upload, int maxMegabytes, int maxFiles, String kindKey) {
        String kind = upload.getTranslation(kindKey);
        String choose = upload.getTranslation(maxFiles > 1 ? "upload.choose-many" : "upload.choose-one");
        var i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(choose).setMany(choose));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(upload.getTranslation("upload.drop"))
                .setMany(upload.getTranslation("upload.drop")));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(upload.getTranslation("upload.too-big", maxMegabytes))
                .setIncorrectFileType(upload.getTranslation("upload.wrong-type", kind))
                .setTooManyFiles(upload.getTranslation("upload.too-many", maxFiles)));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting("…").setStalled("…").setProcessing("…").setHeld("…"))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix("").setUnknown(""))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(upload.getTranslation("upload.server-error"))
                        .setUnexpectedServerError(upload.getTranslation("upload.server-error"))
                        .setForbidden(upload.getTranslation("error.forbidden"))));
        i18n.setUnits(new UploadI18N.Units().setSize(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
        upload.setI18n(i18n);
    }
}
