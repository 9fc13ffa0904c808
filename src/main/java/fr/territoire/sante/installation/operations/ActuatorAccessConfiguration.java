package fr.territoire.sante.installation.operations;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts {@link ActuatorAccess} in front of every management endpoint. */
@Configuration(proxyBeanMethods = false)
class ActuatorAccessConfiguration {

    @Bean
    FilterRegistrationBean<ActuatorAccess> actuatorAccessFilter(IdentityService identityService) {
        FilterRegistrationBean<ActuatorAccess> registration = new FilterRegistrationBean<>(new ActuatorAccess(identityService));
        registration.setName("actuator-access");
        registration.addUrlPatterns("/actuator", "/actuator/*");
        return registration;
    }
}
