package tr.bel.izmir.bizizmir.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.VaadinService;
import tr.bel.izmir.bizizmir.notification.Follows;
import tr.bel.izmir.bizizmir.security.CurrentUser;
import tr.bel.izmir.bizizmir.shared.ui.Notifications;

/**
 * "Follow" on a case's page, for anyone signed in (invisible to visitors): following tells
 * the person what happens to the case. A page adds it with one line, {@code FollowButton.of(kind, id)}.
 */
public class FollowButton extends Button {

    private final transient Follows follows;
    private final String caseKind;
    private final String caseKey;

    private FollowButton(Follows follows, String caseKind, String caseKey) {
        this.follows = follows;
        this.caseKind = caseKind;
        this.caseKey = caseKey;
        setId("follow-case");
        addThemeVariants(ButtonVariant.LUMO_SMALL);
        addClickListener(e -> {
            boolean now = follows.toggle(caseKind, caseKey);
            show(now);
            Notifications.success(getTranslation(now ? "notification.follow.started" : "notification.follow.stopped"));
        });
    }

    /** The button for this case; hidden when nobody is signed in. */
    public static FollowButton of(String caseKind, Object caseKey) {
        var instantiator = VaadinService.getCurrent().getInstantiator();
        var button = new FollowButton(instantiator.getOrCreate(Follows.class), caseKind, caseKey.toString());
        boolean signedIn = instantiator.getOrCreate(CurrentUser.class).get().isPresent();
        button.setVisible(signedIn);
        if (signedIn) {
            button.show(button.follows.isFollowing(caseKind, caseKey));
        }
        return button;
    }

    private void show(boolean following) {
        setText(getTranslation(following ? "notification.follow.unfollow" : "notification.follow.follow"));
        setIcon((following ? VaadinIcon.BELL_SLASH : VaadinIcon.BELL).create());
        getElement().setAttribute("aria-pressed", Boolean.toString(following));
        getElement().setAttribute("data-case", caseKind + ":" + caseKey);
    }
}
