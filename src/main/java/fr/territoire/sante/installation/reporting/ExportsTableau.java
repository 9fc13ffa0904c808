package fr.territoire.sante.installation.reporting;

import fr.territoire.sante.installation.signin.Lecteur;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * The reporting table as a file (CSV or XLSX): the table's columns in {@link Colonne} order, without
 * the identifying ones for a reader who may not see them, every matching row written as
 * {@link TableauReporting#parcourir} reads it, so that memory stays flat whatever the number of rows.
 */
@Component
public class ExportsTableau {

    private final TableauReporting tableau;

    ExportsTableau(TableauReporting tableau) {
        this.tableau = tableau;
    }

    /** Called on the thread that writes the response: {@code parcourir} opens its transaction there. */
    public void csv(Filtre filtre, TableauReporting.Tri tri, Lecteur lecteur, OutputStream sortie) throws IOException {
        csv(filtre, tri, lecteur, ligne -> true, sortie);
    }

    public void xlsx(Filtre filtre, TableauReporting.Tri tri, Lecteur lecteur, OutputStream sortie) throws IOException {
        xlsx(filtre, tri, lecteur, ligne -> true, sortie);
    }

    /** @param retenues the rows the file may hold (those the access log recorded before the file was written) */
    public void csv(Filtre filtre, TableauReporting.Tri tri, Lecteur lecteur, Predicate<LigneTableau> retenues,
            OutputStream sortie) throws IOException {
        csv(lecteur, destination -> tableau.parcourir(filtre, tri, lecteur, filtrer(retenues, destination)), sortie);
    }

    public void xlsx(Filtre filtre, TableauReporting.Tri tri, Lecteur lecteur, Predicate<LigneTableau> retenues,
            OutputStream sortie) throws IOException {
        xlsx(lecteur, destination -> tableau.parcourir(filtre, tri, lecteur, filtrer(retenues, destination)), sortie);
    }

    private static Consumer<LigneTableau> filtrer(Predicate<LigneTableau> retenues, Consumer<LigneTableau> destination) {
        return ligne -> {
            if (retenues.test(ligne)) {
                destination.accept(ligne);
            }
        };
    }

    /** Writes the rows the source hands over one at a time (a test feeds them without a database). */
    void csv(Lecteur lecteur, Source lignes, OutputStream sortie) throws IOException {
        try (FichierCsv fichier = new FichierCsv(colonnes(lecteur), sortie)) {
            lire(lignes, fichier::ligne);
        }
    }

    void xlsx(Lecteur lecteur, Source lignes, OutputStream sortie) throws IOException {
        try (FichierXlsx fichier = new FichierXlsx(colonnes(lecteur), sortie)) {
            lire(lignes, fichier::ligne);
        }
    }

    static List<Colonne> colonnes(Lecteur lecteur) {
        return Arrays.stream(Colonne.values())
                .filter(colonne -> lecteur.voitIdentite() || !colonne.identifiante())
                .toList();
    }

    /** The rows of an export, handed one at a time to a destination (as {@code parcourir} does). */
    @FunctionalInterface
    interface Source {
        void envoyer(Consumer<LigneTableau> destination);
    }

    /** Writes one row, or fails with the I/O error (the client went away, the disk is full...). */
    @FunctionalInterface
    interface Ecriture {
        void ligne(LigneTableau ligne) throws IOException;
    }

    // The source takes a plain Consumer: an I/O error crosses it unchecked and is given back here.
    private static void lire(Source lignes, Ecriture ecriture) throws IOException {
        try {
            lignes.envoyer(ligne -> {
                try {
                    ecriture.ligne(ligne);
                } catch (IOException failed) {
                    throw new UncheckedIOException(failed);
                }
            });
        } catch (UncheckedIOException failed) {
            throw failed.getCause();
        }
    }
}
