package fr.territoire.sante.installation.visits;

/** Someone invited to a visit by e-mail: the professional, the site's contact. Personal data: never logged. */
public record Participant(String nom, String email) {

    public boolean joignable() {
        return email != null && !email.isBlank();
    }
}
