package fr.territoire.sante.installation.communication;

import fr.territoire.sante.installation.process.Calendrier;
import fr.territoire.sante.installation.reports.Audience;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** F. The recipients of each audience's report, as the CLS and the CPTS keep them on /rapports/destinataires. */
@Service
public class DestinatairesRapport {

    static final SaisieDestinataire.Erreur DOUBLON =
            new SaisieDestinataire.Erreur("email", "Cette adresse reçoit déjà le rapport de cette audience.");

    private final DestinataireRapportRepository destinataires;

    DestinatairesRapport(DestinataireRapportRepository destinataires) {
        this.destinataires = destinataires;
    }

    /** Every audience, in the protocol's order, with its recipients (active first). */
    @Transactional(readOnly = true)
    public Map<Audience, List<DestinataireRapport>> parAudience() {
        Map<Audience, List<DestinataireRapport>> parAudience = new EnumMap<>(Audience.class);
        for (Audience audience : Audience.values()) {
            parAudience.put(audience, List.of());
        }
        parAudience.putAll(destinataires.findAllByOrderByAudienceAscActifDescNomAscIdAsc().stream()
                .collect(Collectors.groupingBy(DestinataireRapport::getAudience, () -> new EnumMap<>(Audience.class), Collectors.toList())));
        return parAudience;
    }

    @Transactional(readOnly = true)
    public long nombre() {
        return destinataires.count();
    }

    @Transactional(readOnly = true)
    public List<DestinataireRapport> actifs(Audience audience) {
        return destinataires.findByAudienceAndActifTrueOrderByNomAscIdAsc(audience);
    }

    @Transactional(readOnly = true)
    public Optional<DestinataireRapport> destinataire(long id) {
        return destinataires.findById(id);
    }

    public record Enregistrement(Long id, List<SaisieDestinataire.Erreur> erreurs) {
        public boolean reussi() {
            return erreurs.isEmpty();
        }
    }

    @Transactional
    public Enregistrement ajouter(SaisieDestinataire saisie, String par) {
        SaisieDestinataire.Resultat resultat = saisie.verifier();
        if (!resultat.reussi()) {
            return new Enregistrement(null, resultat.erreurs());
        }
        if (doublon(resultat.valide(), -1L)) {
            return new Enregistrement(null, List.of(DOUBLON));
        }
        return new Enregistrement(destinataires.save(new DestinataireRapport(resultat.valide(), Calendrier.maintenant(), par)).getId(), List.of());
    }

    @Transactional
    public Enregistrement modifier(long id, SaisieDestinataire saisie, String par) {
        DestinataireRapport destinataire = destinataires.findById(id).orElseThrow(() -> new DestinataireInconnu(id));
        SaisieDestinataire.Resultat resultat = saisie.verifier();
        if (!resultat.reussi()) {
            return new Enregistrement(id, resultat.erreurs());
        }
        if (doublon(resultat.valide(), id)) {
            return new Enregistrement(id, List.of(DOUBLON));
        }
        destinataire.modifier(resultat.valide(), Calendrier.maintenant(), par);
        return new Enregistrement(id, List.of());
    }

    /** Deactivated, a recipient stays listed (greyed) and receives nothing; reactivated, receives again. */
    @Transactional
    public void activer(long id, boolean actif, String par) {
        destinataires.findById(id).orElseThrow(() -> new DestinataireInconnu(id)).activer(actif, Calendrier.maintenant(), par);
    }

    private boolean doublon(SaisieDestinataire.Valide saisie, Long id) {
        return destinataires.existsByAudienceAndEmailIgnoreCaseAndIdNot(saisie.audience(), saisie.email(), id);
    }
}
