package ir.samt.stats.dashboard;

import java.util.List;

/** A headline card: its main figure and the details under it (investment, jobs, new vs expansion ...). */
public record Card(String id, String title, Figure main, List<Figure> details) {
}
