package fr.territoire.sante.installation.matching;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** accompagnement.croisement.delai: how long the CPTS has to match a dossier (protocol: 10 days). */
@ConfigurationProperties("accompagnement.croisement")
record MatchingProperties(@DefaultValue("P10D") Duration delai) {
}
