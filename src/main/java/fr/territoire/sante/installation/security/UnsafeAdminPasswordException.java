package fr.territoire.sante.installation.security;

/** Start-up is refused: the administrator's password is missing or unsafe. */
public class UnsafeAdminPasswordException extends IllegalStateException {

    public UnsafeAdminPasswordException(String reason) {
        super("Refusing to start: " + reason + ".");
    }
}
