package dev.threadpools.anatomy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The live view's drawing: bars are scaled to their maximum and stay ASCII. */
class LiveViewTest {

    @Test
    void barsAreScaledToTheirMaximumAndClampedToTheirWidth() {
        assertThat(Demo09_LiveView.bar(0, 6)).isEqualTo("[" + ".".repeat(30) + "]");
        assertThat(Demo09_LiveView.bar(3, 6)).isEqualTo("[" + "#".repeat(15) + ".".repeat(15) + "]");
        assertThat(Demo09_LiveView.bar(9, 6)).isEqualTo("[" + "#".repeat(30) + "]");
    }

    @Test
    void aFrameShowsEveryGaugeInAscii() {
        String frame = Demo09_LiveView.frame(new PoolSnapshot(3, 2, 4, 5, 25, 40, 30), 7, "busy", 100, 1250);

        assertThat(frame).as("each gauge's bar drawn from its own value and maximum").contains(
                        "threads  " + Demo09_LiveView.bar(3, 6) + " 3/6",
                        "active   " + Demo09_LiveView.bar(2, 6) + " 2/6",
                        "queue    " + Demo09_LiveView.bar(5, 30) + " 5/30",
                        "completed 30", "rejected 7")
                .matches("\\p{ASCII}*");
    }
}
