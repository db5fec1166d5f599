package dev.threadpools.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The two small reporting helpers: what the demos' numbers and bars mean. */
class PercentilesAndTextChartTest {

    @Test
    void percentilesAreValuesThatOccurredByNearestRank() {
        Percentiles p = Percentiles.of(IntStream.rangeClosed(1, 200).boxed().toList());

        assertThat(p.count()).isEqualTo(200);
        assertThat(p.min()).isEqualTo(1);
        assertThat(p.p50()).isEqualTo(100);
        assertThat(p.p99()).isEqualTo(198);
        assertThat(p.max()).isEqualTo(200);
        assertThat(Percentiles.of(List.of(7)).p99()).isEqualTo(7);
    }

    @Test
    void anEmptySampleIsNoDataNotZero() {
        Percentiles p = Percentiles.of(List.of());

        assertThat(p.count()).isZero();
        assertThat(p.p50()).isNaN();
    }

    @Test
    void barsScaleToTheLargestValueAndAlignTheirLabels() {
        String chart = TextChart.render(List.of(
                new TextChart.Bar("pool 1", 50, ""),
                new TextChart.Bar("pool 16", 100, "<- formula"),
                new TextChart.Bar("pool 2", 0, "")), 10);

        assertThat(chart.lines().toList()).containsExactly(
                "  pool 1  |#####     |       50",
                "  pool 16 |##########|      100  <- formula",
                "  pool 2  |          |        0");
    }

    @Test
    void aTinyValueStillGetsOneMark() {
        String chart = TextChart.render(List.of(new TextChart.Bar("a", 1, ""), new TextChart.Bar("b", 1000, "")), 10);

        assertThat(chart.lines().findFirst().orElseThrow()).contains("|#         |");
    }

    @Test
    void rejectsBarsThatCannotBeDrawn() {
        assertThatThrownBy(() -> new TextChart.Bar("x", -1, "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TextChart.Bar("x", Double.NaN, "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TextChart.Bar(null, 1, "")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> TextChart.render(List.of(), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(TextChart.render(List.of(), 10)).isEmpty();
    }
}
