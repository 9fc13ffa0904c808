package fr.territoire.sante.installation.reports;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface RapportsPeriodiquesDepot extends JpaRepository<RapportPeriodique, Long> {

    List<RapportPeriodique> findByOrderByProduitLeDescIdDesc(Pageable page);
}
