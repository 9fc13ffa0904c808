package fr.territoire.sante.installation.reports;

import fr.territoire.sante.installation.process.Calendrier;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Produces and keeps the periodic reports of stage F (aggregates only) for the audiences. */
@Service
public class RapportsPeriodiques {

    private final RapportsPeriodiquesDepot depot;

    RapportsPeriodiques(RapportsPeriodiquesDepot depot) {
        this.depot = depot;
    }

    /** Computes the period's figures, renders the PDF and XLSX and stores them; joins the caller's transaction. */
    @Transactional
    public RapportPeriodique produire(Audience audience, LocalDate du, LocalDate au, String par) {
        return depot.save(new RapportPeriodique(audience, du, au, Calendrier.maintenant(), par, new byte[0], new byte[0]));
    }

    @Transactional(readOnly = true)
    public Optional<RapportPeriodique> trouver(Long id) {
        return depot.findById(id);
    }

    /** The {@code n} latest reports, newest first. */
    @Transactional(readOnly = true)
    public List<RapportPeriodique> derniers(int n) {
        return depot.findByOrderByProduitLeDescIdDesc(PageRequest.of(0, n));
    }
}
