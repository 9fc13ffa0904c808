package fr.territoire.sante.installation.accesslog;

import fr.territoire.sante.installation.process.Calendrier;
import java.sql.Timestamp;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The access log is itself kept for a limited time ({@code accompagnement.rgpd.consultations.conservation},
 * one year by default, as the CNIL recommends for access logs): every night, older entries are deleted.
 * Two nodes running it delete the same rows: harmless.
 */
@Component
public class PurgeConsultations {

    private static final Logger LOG = LoggerFactory.getLogger(PurgeConsultations.class);

    private final JdbcTemplate jdbc;
    private final Duration conservation;

    PurgeConsultations(JdbcTemplate jdbc,
            @Value("${accompagnement.rgpd.consultations.conservation:P365D}") Duration conservation) {
        this.jdbc = jdbc;
        this.conservation = conservation;
    }

    @Scheduled(cron = "${accompagnement.rgpd.consultations.purge:0 30 3 * * *}", zone = "Europe/Paris")
    public int purger() {
        int supprimees = jdbc.update("delete from consultation where horodatage < ?",
                Timestamp.from(Calendrier.maintenant().minus(conservation)));
        LOG.info("Access log: {} entries older than {} deleted", supprimees, conservation);
        return supprimees;
    }

    public Duration conservation() {
        return conservation;
    }
}
