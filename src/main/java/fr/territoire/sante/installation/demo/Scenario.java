package fr.territoire.sante.installation.demo;

/**
 * One fictional dossier: who asks (invented identity), how many days ago, how far it goes and how it ends.
 * Every value of a choice is one of the request form's options (forms/demande-accompagnement.form).
 */
record Scenario(int ilYAJours, String prenom, String nom, String profession, String specialite, String origine,
        String horizon, Jalon jusqua, Issue issue) {

    /** A plain address that cannot be delivered (.invalid is reserved, RFC 2606). */
    String email() {
        return (sansAccents(prenom) + "." + sansAccents(nom)).toLowerCase().replace(' ', '-') + "@exemple.invalid";
    }

    private static String sansAccents(String texte) {
        return java.text.Normalizer.normalize(texte, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
