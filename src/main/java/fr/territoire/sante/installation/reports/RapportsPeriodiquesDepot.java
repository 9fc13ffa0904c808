package fr.territoire.sante.installation.reports;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RapportsPeriodiquesDepot extends JpaRepository<RapportPeriodique, Long> {

    List<RapportPeriodique> findByOrderByProduitLeDescIdDesc(Pageable page);

    /** The list without the files (lazy basic attributes are not lazy without bytecode enhancement). */
    @Query("""
            select new fr.territoire.sante.installation.reports.RapportResume(r.id, r.audience, r.du, r.au, r.produitLe,
                r.produitPar, r.envoyeLe, r.destinataires)
            from RapportPeriodique r order by r.produitLe desc, r.id desc""")
    List<RapportResume> resumes(Pageable page);
}
