package fr.territoire.sante.installation.signin;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Why the engine refused a password. Its login throttling counts a user's consecutive failures: each
 * one suspends the user's logins for {@code login-delay-base × login-delay-factor^(failures - 1)}
 * seconds (at most {@code login-delay-max-time}), and {@code login-max-attempts} failures block them
 * until an administrator unlocks the user in Admin; a success starts the count again. While a user is
 * suspended or blocked, {@code checkPassword} answers false without counting, even for the right
 * password: a refusal that left the count as it was is therefore a suspension, not a wrong password.
 *
 * <p>The count is not in Camunda's public API: it is read from the engine's {@link UserEntity}, which its
 * user query returns.
 */
@Component
class EchecsConnexion {

    static final String INCORRECT = "Identifiant ou mot de passe incorrect.";

    private final IdentityService identityService;
    private final int maximum;

    EchecsConnexion(IdentityService identityService,
            @Value("${camunda.bpm.generic-properties.properties.login-max-attempts:10}") int maximum) {
        this.identityService = identityService;
        this.maximum = maximum;
    }

    /** The user's consecutive failed logins; -1 for an unknown user (whom the engine never suspends). */
    int de(String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        return user instanceof UserEntity entity ? entity.getAttempts() : -1;
    }

    /** The refusal to give for a password the engine did not accept, given the count before it checked. */
    AuthenticationException refus(String userId, int avant) {
        int apres = de(userId);
        if (avant > 0 && apres == avant) {
            return apres >= maximum ? new CompteBloque() : new ConnexionSuspendue();
        }
        return new BadCredentialsException(INCORRECT);
    }

    /** Back to the login page, with what to tell: {@code ?erreur}, {@code ?suspendu} or {@code ?bloque}. */
    static AuthenticationFailureHandler retourPageConnexion(String loginPage) {
        ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setDefaultFailureUrl(loginPage + "?erreur");
        handler.setExceptionMappings(Map.of(
                ConnexionSuspendue.class.getName(), loginPage + "?suspendu",
                CompteBloque.class.getName(), loginPage + "?bloque"));
        return handler;
    }

    /** Too many failures in a row: the user's logins wait a while, even with the right password. */
    static final class ConnexionSuspendue extends LockedException {
        ConnexionSuspendue() {
            super("Connexion suspendue après des échecs répétés.");
        }
    }

    /** The maximum of failures was reached: only an administrator unlocks the user (Admin). */
    static final class CompteBloque extends LockedException {
        CompteBloque() {
            super("Connexion bloquée après trop d'échecs.");
        }
    }
}
