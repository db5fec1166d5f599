package dev.threadpools.sizing;

import java.util.List;
import java.util.Objects;

/**
 * Horizontal bar charts in plain ASCII, for terminals without UTF-8 or graphics.
 *
 * <pre>
 *   pool  1 |##########                    |  1998
 *   pool  2 |##############################|  3990  &lt;- formula
 * </pre>
 * Bars are scaled so that the largest value fills {@code width} characters; a value that is not
 * zero gets at least one {@code #}, so "small" and "nothing" look different.
 */
public final class TextChart {

    /**
     * One bar.
     *
     * @param label text before the bar
     * @param value its length; not negative
     * @param note  text after the number, may be empty
     */
    public record Bar(String label, double value, String note) {
        public Bar {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(note, "note");
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("value must be finite and >= 0, was " + value);
            }
        }
    }

    private TextChart() {
    }

    /** One line per bar, each ending in a line separator. */
    public static String render(List<Bar> bars, int width) {
        if (width < 1) {
            throw new IllegalArgumentException("width must be at least 1, was " + width);
        }
        if (bars.isEmpty()) {
            return "";
        }
        double max = bars.stream().mapToDouble(Bar::value).max().orElseThrow();
        int labelWidth = bars.stream().mapToInt(bar -> bar.label().length()).max().orElseThrow();
        StringBuilder out = new StringBuilder();
        for (Bar bar : bars) {
            int length = max == 0 ? 0 : (int) Math.round(bar.value() / max * width);
            if (length == 0 && bar.value() > 0) {
                length = 1;
            }
            out.append(String.format("  %-" + labelWidth + "s |%s%s| %8.0f%s%n",
                    bar.label(), "#".repeat(length), " ".repeat(width - length), bar.value(),
                    bar.note().isEmpty() ? "" : "  " + bar.note()));
        }
        return out.toString();
    }
}
