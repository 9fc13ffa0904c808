package fr.territoire.sante.installation.reporting;

import org.springframework.context.ApplicationContext;

/**
 * The benchmark's way into {@link LignesReporting}, which the application keeps package-private: the
 * benchmark writes its dossiers after start, so it computes their reporting rows itself, with the
 * very statement the application runs at start for dossiers without a row.
 */
public final class ReportingRowsForBenchmark {

    private ReportingRowsForBenchmark() {
    }

    /** Rows for every dossier that has none, in one INSERT … SELECT ({@code fillMissingRows}). */
    public static void fillMissingRows(ApplicationContext context) {
        context.getBean(LignesReporting.class).fillMissingRows();
    }

    /** What each step does before its commit: one dossier's row deleted and computed again. */
    public static void refresh(ApplicationContext context, long dossierId) {
        context.getBean(LignesReporting.class).refresh(dossierId);
    }
}
