package fr.territoire.sante.installation.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On HTTPS every cookie is {@code Secure}, with no setting to remember. Tomcat already marks the session
 * cookie so when the request is secure (directly, or behind a proxy that says {@code X-Forwarded-Proto:
 * https}, trusted by {@code server.forward-headers-strategy}); the webapps' CSRF cookie ({@code XSRF-TOKEN}),
 * which Camunda writes as a raw header, would be {@code Secure} only with its own flag
 * ({@code SESSION_COOKIE_SECURE}). This filter adds the attribute to every cookie a secure request gets.
 */
@Configuration(proxyBeanMethods = false)
class CookiesSecurises {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> secureCookiesOnHttps() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                chain.doFilter(request, request.isSecure() ? new SecureCookies(response) : response);
            }
        });
        registration.setName("secure-cookies-on-https");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** A response whose raw {@code Set-Cookie} headers all carry {@code Secure}. */
    static final class SecureCookies extends HttpServletResponseWrapper {

        SecureCookies(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, secure(name, value));
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, secure(name, value));
        }

        static String secure(String name, String value) {
            if (value == null || !"Set-Cookie".equalsIgnoreCase(name)
                    || value.toLowerCase(Locale.ROOT).matches("(?s).*;\\s*secure\\s*(;.*)?")) {
                return value;
            }
            return value + "; Secure";
        }
    }
}
