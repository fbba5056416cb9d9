package dev.chanscope.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers on every response: a strict Content-Security-Policy (scripts, styles and connections only to
 * this origin — so a hostile string can never load or send anything elsewhere), no MIME sniffing, no
 * referrer, framing only by the configured ancestors, and HSTS when the request arrived over TLS.
 */
@Component
class SecurityHeaders extends OncePerRequestFilter {

    private final String csp;

    SecurityHeaders(ChanscopeProperties properties) {
        this.csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self';"
                + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors "
                + properties.http().frameAncestors();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", csp);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.doFilter(request, response);
    }
}
