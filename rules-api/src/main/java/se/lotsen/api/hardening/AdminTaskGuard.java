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
 * Dropwizard's tasks (a ROOT logger at TRACE would write keys and bodies to the log; a forced
 * collection on demand is a lever for load) are refused with 403. The test is on the servlet path
 * the container dispatches to, which it has already decoded and normalised: comparing the raw URI
 * let {@code /tasks/%6Cog-level} and {@code /tasks;x/log-level} through to the task.
 */
public final class AdminTaskGuard implements Filter {
    static final String TASKS = "/tasks";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String path = http.getServletPath() + (http.getPathInfo() == null ? "" : http.getPathInfo());
        if (path.equals(TASKS) || path.startsWith(TASKS + "/")) {
            HttpServletResponse answer = (HttpServletResponse) response;
            answer.setStatus(HttpServletResponse.SC_FORBIDDEN);
            answer.setContentType("text/plain;charset=utf-8");
            answer.getWriter().write("Lotsen runs no tasks from the admin port: its logging never changes at run time, "
                    + "so keys and request bodies are never logged.\n");
            return;
        }
        chain.doFilter(request, response);
    }
}
