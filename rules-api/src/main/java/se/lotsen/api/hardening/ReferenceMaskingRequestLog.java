package se.lotsen.api.hardening;

import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;

/**
 * A parent's page address holds its reference, an unguessable capability: whoever has it can open
 * the handout and answer for the family. The request log gets the address with the reference
 * replaced by "…", so no log ever holds one.
 */
final class ReferenceMaskingRequestLog implements RequestLog {
    static final String HANDOUT = "/f/";

    private final RequestLog log;

    ReferenceMaskingRequestLog(RequestLog log) {
        this.log = log;
    }

    @Override
    public void log(Request request, Response response) {
        String path = request.getHttpURI().getPath();
        if (path == null || !path.startsWith(HANDOUT)) {
            log.log(request, response);
            return;
        }
        HttpURI masked = HttpURI.build(request.getHttpURI()).path(HANDOUT + "…").query(null).asImmutable();
        log.log(new Request.Wrapper(request) {
            @Override
            public HttpURI getHttpURI() {
                return masked;
            }
        }, response);
    }
}
