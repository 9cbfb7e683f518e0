package id.klik.shared.pdf;

import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Charts drawn server-side with JFreeChart (headless AWT) as PNG bytes, to embed in a PDF with
 * {@link Xhtml#image}. Drawn at twice the size they are shown, so they stay sharp when printed.
 */
public final class ChartImages {

  /** One bar group: a label and a value for each series. */
  public record Bar(String label, List<Number> values) {}

  private static final Color[] COLOURS = {
    new Color(0x1f, 0x5f, 0x8b), new Color(0xb0, 0xbe, 0xc5), new Color(0x2e, 0x7d, 0x32)
  };

  private ChartImages() {}

  /** Grouped vertical bars, e.g. each aspect's score beside its maximum. */
  public static byte[] bars(
      String valueAxis, List<String> series, List<Bar> bars, int width, int height) {
    System.setProperty("java.awt.headless", "true");
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Bar bar : bars) {
      for (int s = 0; s < series.size(); s++) {
        Number v = s < bar.values().size() ? bar.values().get(s) : null;
        data.addValue(v == null ? 0 : v, series.get(s), bar.label());
      }
    }
    JFreeChart chart =
        org.jfree.chart.ChartFactory.createBarChart(
            null, null, valueAxis, data, PlotOrientation.VERTICAL, true, false, false);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    for (int s = 0; s < series.size(); s++) {
      renderer.setSeriesPaint(s, COLOURS[s % COLOURS.length]);
    }
    Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 22);
    CategoryAxis axis = plot.getDomainAxis();
    axis.setTickLabelFont(font);
    axis.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
    axis.setMaximumCategoryLabelLines(3);
    plot.getRangeAxis().setTickLabelFont(font);
    plot.getRangeAxis().setLabelFont(font);
    chart.getLegend().setItemFont(font);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ChartUtils.writeChartAsPNG(out, chart, width * 2, height * 2);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
