package fr.territoire.sante.installation.reminders;

import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PreferenceRappelRepository extends JpaRepository<PreferenceRappel, String> {

    @Query("select p.utilisateur from PreferenceRappel p where p.actif = false")
    Set<String> desabonnes();
}
