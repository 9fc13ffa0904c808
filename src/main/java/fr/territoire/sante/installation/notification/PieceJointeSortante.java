package fr.territoire.sante.installation.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An attachment of a queued e-mail; deleted once the e-mail is sent. */
@Entity
@Table(name = "courriel_piece_jointe")
class PieceJointeSortante {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String nom;
    private String typeMime;
    private byte[] contenu;

    protected PieceJointeSortante() {
    }

    PieceJointeSortante(PieceJointe piece) {
        this.nom = piece.nom();
        this.typeMime = piece.typeMime();
        this.contenu = piece.contenu();
    }

    PieceJointe piece() {
        return new PieceJointe(nom, typeMime, contenu);
    }
}
