package fr.territoire.sante.installation.signin;

import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tasklist, Cockpit and Admin trust our login: Camunda's container-based authentication takes the user
 * Spring Security signed in ({@code request.getUserPrincipal()}) and opens the webapps' own session for
 * them, with their groups read from the identity service. Registered after Spring Security's filter
 * chain (which puts the principal on the request) and before the webapps' filters (which read it).
 */
@Configuration(proxyBeanMethods = false)
class WebappsSingleSignOn {

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappsContainerAuthentication(
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappsPath) {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setName("webapps-single-sign-on");
        registration.addInitParameter("authentication-provider", ContainerBasedAuthenticationProvider.class.getName());
        registration.addUrlPatterns(webappsPath + "/*");
        registration.setOrder(0);
        return registration;
    }
}
