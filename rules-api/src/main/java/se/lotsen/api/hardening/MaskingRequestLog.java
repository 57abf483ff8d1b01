package se.lotsen.api.hardening;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;

/**
 * The request log never holds a capability. A parent's page address holds its reference (whoever has it can
 * open the handout and answer for the family): the log gets {@code /f/…} without the query. A key sent in the
 * address ({@code ?access_token=KEY}) is refused, but the address is still logged: every query parameter
 * named like a credential (token, key, password, secret, auth, session, signature, …; matched on the decoded
 * name, so {@code %61ccess_token} too) is logged as {@code name=…}.
 */
final class MaskingRequestLog implements RequestLog {
    static final String HANDOUT = "/f/";
    static final String MASK = "…";
    private static final Pattern CREDENTIAL = Pattern.compile(
            "token|key|pass|pwd|secret|auth|credential|session|signature|^sig$|^code$");

    private final RequestLog log;

    MaskingRequestLog(RequestLog log) {
        this.log = log;
    }

    @Override
    public void log(Request request, Response response) {
        HttpURI uri = request.getHttpURI();
        String path = uri.getPath();
        HttpURI masked;
        if (path != null && path.startsWith(HANDOUT)) {
            masked = HttpURI.build(uri).path(HANDOUT + MASK).query(null).asImmutable();
        } else {
            String query = maskQuery(uri.getQuery());
            if (query == null || query.equals(uri.getQuery())) {
                log.log(request, response);
                return;
            }
            masked = HttpURI.build(uri).query(query).asImmutable();
        }
        log.log(new Request.Wrapper(request) {
            @Override
            public HttpURI getHttpURI() {
                return masked;
            }
        }, response);
    }

    /** The raw query with the value of every credential-like parameter replaced by "…"; null stays null. */
    static String maskQuery(String query) {
        if (query == null || query.isEmpty()) {
            return query;
        }
        return Arrays.stream(query.split("&", -1)).map(pair -> {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            return CREDENTIAL.matcher(decoded(name)).find() ? name + "=" + MASK : pair;
        }).collect(Collectors.joining("&"));
    }

    private static String decoded(String name) {
        try {
            return URLDecoder.decode(name, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException malformed) {
            // A name that does not decode could hide anything: treat it as a credential.
            return "key";
        }
    }
}
