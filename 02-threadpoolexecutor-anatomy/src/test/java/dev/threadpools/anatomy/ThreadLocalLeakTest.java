package dev.threadpools.anatomy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadpools.anatomy.ThreadLocalLeak.Cleanup;
import dev.threadpools.kit.Claim;
import org.junit.jupiter.api.Test;

/** Seed: "Next task will see user123!" and "always clear ... in finally". Both fixes proven. */
class ThreadLocalLeakTest {

    @Claim({"J63", "J93", "J97"})
    @Test
    void withoutCleanupTheNextTaskOnTheSameThreadSeesThePreviousUser() throws Exception {
        assertThat(ThreadLocalLeak.userSeenByAnonymousRequest(Cleanup.NONE)).isEqualTo("alice");
    }

    @Claim({"J64", "J79", "J93"})
    @Test
    void removingInFinallyInsideTheTaskFixesIt() throws Exception {
        assertThat(ThreadLocalLeak.userSeenByAnonymousRequest(Cleanup.FINALLY_REMOVE)).isNull();
    }

    @Claim({"J64", "J79", "J93"})
    @Test
    void clearingInAfterExecuteFixesItForEveryTaskOfThePool() throws Exception {
        assertThat(ThreadLocalLeak.userSeenByAnonymousRequest(Cleanup.AFTER_EXECUTE_HOOK)).isNull();
    }
}
