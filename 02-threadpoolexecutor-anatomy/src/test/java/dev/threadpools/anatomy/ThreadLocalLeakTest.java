package dev.threadpools.anatomy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threadpools.anatomy.ThreadLocalLeak.Cleanup;
import org.junit.jupiter.api.Test;

/** Seed: "Next task will see user123!" and "always clear ... in finally". Both fixes proven. */
class ThreadLocalLeakTest {

    @Test
    void withoutCleanupTheNextTaskOnTheSameThreadSeesThePreviousUser() throws Exception {
        assertThat(ThreadLocalLeak.userSeenByAnonymousRequest(Cleanup.NONE)).isEqualTo("alice");
    }

    @Test
    void removingInFinallyInsideTheTaskFixesIt() throws Exception {
        assertThat(ThreadLocalLeak.userSeenByAnonymousRequest(Cleanup.FINALLY_REMOVE)).isNull();
    }

    @Test
    void clearingInAfterExecuteFixesItForEveryTaskOfThePool() throws Exception {
        assertThat(ThreadLocalLeak.userSeenByAnonymousRequest(Cleanup.AFTER_EXECUTE_HOOK)).isNull();
    }
}
