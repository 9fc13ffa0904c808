package fr.territoire.sante.installation.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An elected official of the site's commune, told when a visit is planned there. */
@Embeddable
public record EluAInformer(
        @Column(name = "nom") String nom,
        @Column(name = "fonction") String fonction,
        @Column(name = "email") String email) {
}
