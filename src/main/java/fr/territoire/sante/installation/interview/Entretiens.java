package fr.territoire.sante.installation.interview;

import fr.territoire.sante.installation.dossier.Dossier;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The interview record of a dossier, created when the appointment is proposed. */
@Component
public class Entretiens {

    private final EntretienRepository entretiens;

    Entretiens(EntretienRepository entretiens) {
        this.entretiens = entretiens;
    }

    void schedule(Dossier dossier, Instant date, String lieu, String interlocuteurCls, String interlocuteurCpts) {
        entretiens.findByDossierId(dossier.getId()).ifPresentOrElse(
                entretien -> entretien.schedule(date, lieu, interlocuteurCls, interlocuteurCpts),
                () -> entretiens.save(new Entretien(dossier.getId(), date, lieu, interlocuteurCls, interlocuteurCpts)));
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
