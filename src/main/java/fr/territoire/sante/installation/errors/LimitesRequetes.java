package fr.territoire.sante.installation.errors;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How large a request body may be: JSON and forms (a Tasklist form, one of our JSON calls) and uploads
 * (the catalogue's imports have their own, smaller limit: spring.servlet.multipart).
 */
@ConfigurationProperties("accompagnement.requetes")
public record LimitesRequetes(DataSize corpsMax, DataSize envoiMax) {

    public LimitesRequetes {
        corpsMax = corpsMax == null ? DataSize.ofMegabytes(1) : corpsMax;
        envoiMax = envoiMax == null ? DataSize.ofMegabytes(10) : envoiMax;
    }
}
