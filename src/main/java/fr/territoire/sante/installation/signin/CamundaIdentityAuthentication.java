package fr.territoire.sante.installation.signin;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks a user's password against Camunda's identity service (the users and groups Admin manages),
 * so that one set of accounts signs in to our pages and to the webapps. Each Camunda group becomes an
 * authority of the same name ({@code cls}, {@code cpts}, {@code pilotage}, {@code camunda-admin}).
 *
 * <p>The engine throttles logins ({@code login-*} properties in application.yaml): after a failure, the
 * user's next attempts are refused for a while, even with the right password. {@link EchecsConnexion}
 * tells such a refusal from a wrong password, so that the login page can say why.
 */
@Component
class CamundaIdentityAuthentication implements AuthenticationProvider {

    private final IdentityService identityService;
    private final EchecsConnexion echecs;

    CamundaIdentityAuthentication(IdentityService identityService, EchecsConnexion echecs) {
        this.identityService = identityService;
        this.echecs = echecs;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String user = attempt.getName();
        Object password = attempt.getCredentials();
        if (user == null || user.isBlank() || !(password instanceof String secret)) {
            throw new BadCredentialsException("Identifiant ou mot de passe incorrect.");
        }
        int before = echecs.de(user);
        if (!identityService.checkPassword(user, secret)) {
            throw echecs.refus(user, before);
        }
        List<SimpleGrantedAuthority> groups = identityService.createGroupQuery().groupMember(user).list().stream()
                .map(Group::getId).map(SimpleGrantedAuthority::new).toList();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, groups);
    }

    @Override
    public boolean supports(Class<?> type) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
    }
}
