package fr.territoire.sante.installation.interview;

import fr.territoire.sante.installation.dossier.Dossier;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The interview record of a dossier, created when the appointment is proposed. */
@Component
public class Entretiens {

    private final EntretienRepository entretiens;
    private final DeplacementEntretienRepository deplacements;

    Entretiens(EntretienRepository entretiens, DeplacementEntretienRepository deplacements) {
        this.entretiens = entretiens;
        this.deplacements = deplacements;
    }

    void schedule(Dossier dossier, Instant date, String lieu, String interlocuteurCls, String interlocuteurCpts) {
        entretiens.findByDossierId(dossier.getId()).ifPresentOrElse(
                entretien -> entretien.schedule(date, lieu, interlocuteurCls, interlocuteurCpts),
                () -> entretiens.save(new Entretien(dossier.getId(), date, lieu, interlocuteurCls, interlocuteurCpts)));
    }

    /**
     * The appointment moves to another date, before the interview is held; each move is kept with its
     * reason and author. Returns the date it had.
     */
    Instant move(Dossier dossier, Instant nouvelleDate, String motif, String auteur, Instant now) {
        Entretien entretien = of(dossier);
        if (entretien.getRealiseLe() != null) {
            throw new IllegalStateException("The interview of dossier " + dossier.getId() + " was already held");
        }
        Instant ancienne = entretien.getDateRendezVous();
        entretien.moveTo(nouvelleDate);
        deplacements.save(new DeplacementEntretien(dossier.getId(), ancienne, nouvelleDate, motif, auteur, now));
        return ancienne;
    }

    Entretien of(Dossier dossier) {
        return entretiens.findByDossierId(dossier.getId())
                .orElseThrow(() -> new IllegalStateException("No interview scheduled for dossier " + dossier.getId()));
    }

    /** When the interview actually took place, if it did. */
    public Optional<Instant> heldOn(Dossier dossier) {
        return entretiens.findByDossierId(dossier.getId()).map(Entretien::getRealiseLe);
    }
}
