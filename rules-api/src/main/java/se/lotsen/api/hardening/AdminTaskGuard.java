package se.lotsen.api.hardening;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The admin port has no authentication, so it offers only what cannot hurt: health and metrics.
 * Tasks that change logging (a ROOT logger at TRACE would write keys and bodies to the log) are
 * refused with 403.
 */
public final class AdminTaskGuard implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        String path = ((HttpServletRequest) request).getRequestURI();
        if (path.startsWith("/tasks/log-level")) {
            HttpServletResponse http = (HttpServletResponse) response;
            http.setStatus(HttpServletResponse.SC_FORBIDDEN);
            http.setContentType("text/plain;charset=utf-8");
            http.getWriter().write("Lotsen does not change its logging at run time: keys and request bodies must never be logged.\n");
            return;
        }
        chain.doFilter(request, response);
    }
}
