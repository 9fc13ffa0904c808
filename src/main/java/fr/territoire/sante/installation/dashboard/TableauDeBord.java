package fr.territoire.sante.installation.dashboard;

import java.util.List;
import java.util.Optional;

/** Everything the dashboard shows for one period, plus the dossiers late now (whatever the period). */
public record TableauDeBord(Periode periode, long demandes, List<Figure> figures, List<DossierEnRetard> retards,
        long retardsTotal) {

    public Optional<Figure> figure(String id) {
        return figures.stream().filter(figure -> figure.id().equals(id)).findFirst();
    }
}
