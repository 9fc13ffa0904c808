package fr.territoire.sante.installation.signin;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;

/**
 * The security headers of everything a browser opens. Our pages get a Content-Security-Policy that
 * allows our own origin only: our scripts are files ({@code /js}, htmx and Chart.js from the webjars),
 * no inline script, style attribute or {@code eval}, and no page of ours may be framed. The webapps
 * (Tasklist, Cockpit, Admin) keep Camunda's own policy ({@code camunda.bpm.webapp.header-security}),
 * written by Camunda's filter, which a second policy would only narrow and break. Both get
 * {@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY} and a referrer policy that
 * sends no address (which holds a dossier's reference) to another site.
 */
final class EnTetesSecurite {

    static final String POLITIQUE_PAGES = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private EnTetesSecurite() {
    }

    static Customizer<HeadersConfigurer<HttpSecurity>> pages(String webapps) {
        return headers -> headers
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(webapps + "/**")),
                        new ContentSecurityPolicyHeaderWriter(POLITIQUE_PAGES)))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .contentTypeOptions(Customizer.withDefaults())
                .frameOptions(frames -> frames.deny());
    }
}
