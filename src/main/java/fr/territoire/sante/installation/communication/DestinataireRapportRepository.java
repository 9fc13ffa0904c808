package fr.territoire.sante.installation.communication;

import fr.territoire.sante.installation.reports.Audience;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DestinataireRapportRepository extends JpaRepository<DestinataireRapport, Long> {

    List<DestinataireRapport> findByAudienceAndActifTrueOrderByNomAscIdAsc(Audience audience);

    List<DestinataireRapport> findAllByOrderByAudienceAscActifDescNomAscIdAsc();

    boolean existsByAudienceAndEmailIgnoreCaseAndIdNot(Audience audience, String email, Long id);
}
