package fr.territoire.sante.installation.visits;

import fr.territoire.sante.installation.catalogue.EluAInformer;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The e-mail prepared for the élus of one commune where visits are planned: its recipients come from
 * the catalogue (the élus of the commune's visited sites, each address once), never from the form.
 */
public record BrouillonCourrielElus(String commune, List<EluAInformer> destinataires, String objet, String message) {

    public BrouillonCourrielElus {
        destinataires = List.copyOf(destinataires);
    }

    public List<String> adresses() {
        return destinataires.stream().map(EluAInformer::email).toList();
    }

    /** What the CLS reads in the task: "Nom (fonction) <adresse>", one élu per line. */
    public String destinatairesAffiches() {
        return destinataires.stream().map(BrouillonCourrielElus::affiche).collect(Collectors.joining("\n"));
    }

    private static String affiche(EluAInformer elu) {
        String nom = elu.nom() == null || elu.nom().isBlank() ? "" : elu.nom().trim();
        String fonction = elu.fonction() == null || elu.fonction().isBlank() ? "" : " (" + elu.fonction().trim() + ")";
        return (nom + fonction + " <" + elu.email() + ">").trim();
    }
}
