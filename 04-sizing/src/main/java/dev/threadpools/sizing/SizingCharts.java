package dev.threadpools.sizing;

import dev.threadpools.sizing.SizingExperiment.Measurement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws the README's charts with XChart and writes them as PNG: throughput and run time against pool
 * size for a sweep, and a bar chart for the virtual-thread comparison. Every chart names the machine
 * under its x axis, because a figure without its machine means little.
 *
 * <p>XChart draws with AWT into an off-screen image; run with {@code -Djava.awt.headless=true} on a
 * machine without a display (the module's {@code demo.jvmArgs} sets it).
 */
public final class SizingCharts {

    private static final int WIDTH = 1000;
    private static final int HEIGHT = 500;

    private SizingCharts() {
    }

    /** {@code throughput-NAME.png}: median throughput with min and max of the runs, and the formula. */
    public static Path throughput(Path dir, Workload workload, List<Measurement> sweep, int cores, String machine)
            throws IOException {
        XYChart chart = sweepChart(workload.name() + " (W/C = " + String.format("%.2f", workload.waitToCompute())
                + "): throughput against pool size", "tasks per second", machine);
        double[] threads = threads(sweep);
        chart.addSeries("median of runs", threads, sweep.stream().mapToDouble(Measurement::medianThroughput).toArray());
        dashed(chart.addSeries("min of runs", threads, sweep.stream().mapToDouble(Measurement::minThroughput).toArray()));
        dashed(chart.addSeries("max of runs", threads, sweep.stream().mapToDouble(Measurement::maxThroughput).toArray()));
        double top = sweep.stream().mapToDouble(Measurement::maxThroughput).max().orElse(1);
        formulaLine(chart, workload.formulaPoolSize(cores), top);
        return save(chart, dir.resolve("throughput-" + workload.name() + ".png"));
    }

    /** {@code runtime-NAME.png}: task run time p50 and p99 against pool size, and the formula. */
    public static Path runTime(Path dir, Workload workload, List<Measurement> sweep, int cores, String machine)
            throws IOException {
        XYChart chart = sweepChart(workload.name() + ": task run time (start to end on its thread)",
                "milliseconds", machine);
        double[] threads = threads(sweep);
        chart.addSeries("p50", threads, sweep.stream().mapToDouble(m -> m.runTime().p50() / 1e6).toArray());
        chart.addSeries("p99", threads, sweep.stream().mapToDouble(m -> m.runTime().p99() / 1e6).toArray());
        double top = sweep.stream().mapToDouble(m -> m.runTime().p99() / 1e6).max().orElse(1);
        formulaLine(chart, workload.formulaPoolSize(cores), top);
        return save(chart, dir.resolve("runtime-" + workload.name() + ".png"));
    }

    /** {@code FILE.png}: median throughput of each candidate as a bar, with the runs' min and max. */
    public static Path comparison(Path file, String title, List<String> labels, List<Measurement> measurements,
                                  String machine) throws IOException {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle(machine).yAxisTitle("tasks per second: median, bar +-(max - min)/2").build();
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setErrorBarsColorSeriesColor(false);
        // XChart's error bars are symmetric: half the min..max range, drawn around the median.
        chart.addSeries("median of runs", labels,
                measurements.stream().map(Measurement::medianThroughput).toList(),
                measurements.stream().map(m -> (m.maxThroughput() - m.minThroughput()) / 2).toList());
        return save(chart, file);
    }

    private static XYChart sweepChart(String title, String yAxis, String machine) {
        // An XChart title is one line: the machine goes under the x axis.
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle("threads in the pool (log scale) - " + machine).yAxisTitle(yAxis).build();
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        chart.getStyler().setYAxisMin(0.0);
        return chart;
    }

    private static double[] threads(List<Measurement> sweep) {
        return sweep.stream().mapToDouble(m -> m.candidate().threads()).toArray();
    }

    private static void dashed(XYSeries series) {
        series.setLineStyle(SeriesLines.DASH_DASH);
        series.setMarker(SeriesMarkers.NONE);
    }

    /** A vertical line at the formula's pool size. */
    private static void formulaLine(XYChart chart, int formula, double top) {
        XYSeries line = chart.addSeries("formula: " + formula + " threads",
                new double[] {formula, formula}, new double[] {0, top});
        line.setLineStyle(SeriesLines.DOT_DOT);
        line.setMarker(SeriesMarkers.NONE);
    }

    private static Path save(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
        // saveBitmap adds the extension when the name lacks it; ours always has it.
        return file;
    }
}
