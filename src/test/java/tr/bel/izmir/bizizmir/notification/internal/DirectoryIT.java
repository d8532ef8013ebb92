package tr.bel.izmir.bizizmir.notification.internal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tr.bel.izmir.bizizmir.security.BizizmirUser;
import tr.bel.izmir.bizizmir.support.IntegrationTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person who opens the portal on several devices or tabs at the same moment, the first time:
 * every page opens (the notification bell remembers their groups when it is attached), and they
 * are remembered once, as a member of their groups. Found by scripts/bench-sessions.sh, where
 * sessions of the same officer signing in together got "unexpected error" from the primary key
 * of notification_member.
 */
@IntegrationTest
class DirectoryIT {

    @Autowired Directory directory;
    @Autowired NotificationMemberRepository members;

    @Test
    void the_same_person_seen_by_four_sessions_at_once_is_remembered_once_and_no_page_fails() throws Exception {
        int people = 15;
        int sessions = 4;
        ExecutorService pool = Executors.newFixedThreadPool(sessions);
        try {
            List<String> names = new ArrayList<>();
            for (int p = 0; p < people; p++) {
                String name = "race-" + UUID.randomUUID();
                names.add(name);
                var user = new BizizmirUser(name, "Yarış " + p, Set.of("officer"), Set.of("dept-race"), null);
                CyclicBarrier together = new CyclicBarrier(sessions);
                List<Future<?>> pages = new ArrayList<>();
                for (int s = 0; s < sessions; s++) {
                    pages.add(pool.submit(() -> {
                        together.await(10, TimeUnit.SECONDS);
                        directory.seen(user);
                        return null;
                    }));
                }
                for (Future<?> page : pages) {
                    page.get(30, TimeUnit.SECONDS); // throws if a session failed
                }
            }
            assertThat(names).allSatisfy(name -> assertThat(members.findById(name)).get()
                    .satisfies(m -> assertThat(m.getGroupNames()).isEqualTo(",dept-race,officer,")));
            assertThat(directory.membersOf("dept-race")).containsAll(names);
        } finally {
            pool.shutdownNow();
        }
    }
}
