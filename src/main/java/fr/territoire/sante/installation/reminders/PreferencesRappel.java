package fr.territoire.sante.installation.reminders;

import fr.territoire.sante.installation.process.Calendrier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who wants the daily digest: everyone, unless they turned it off on /mes-rappels. */
@Service
class PreferencesRappel {

    private final PreferenceRappelRepository preferences;

    PreferencesRappel(PreferenceRappelRepository preferences) {
        this.preferences = preferences;
    }

    @Transactional(readOnly = true)
    boolean recoit(String utilisateur) {
        return preferences.findById(utilisateur).map(PreferenceRappel::isActif).orElse(true);
    }

    @Transactional
    void choisir(String utilisateur, boolean actif) {
        preferences.findById(utilisateur).ifPresentOrElse(p -> p.choisir(actif, Calendrier.maintenant()),
                () -> preferences.save(new PreferenceRappel(utilisateur, actif, Calendrier.maintenant())));
    }
}
