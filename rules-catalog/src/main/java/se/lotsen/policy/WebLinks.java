package se.lotsen.policy;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Which catalog addresses may become a link on a page: {@code https:} and {@code http:} with a host,
 * {@code tel:} and {@code mailto:}. Anything else ({@code javascript:}, {@code data:}, a scheme split by a
 * tab that a browser would join again, an address without a scheme) would run or load something on the
 * parent's page, so validation refuses it and pages do not link it.
 */
public final class WebLinks {
    public static final Set<String> SCHEMES = Set.of("https", "http", "tel", "mailto");

    private WebLinks() {
    }

    public static boolean linkable(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        URI uri;
        try {
            // java.net.URI refuses spaces, tabs, line ends and other control characters anywhere in the address.
            uri = new URI(address);
        } catch (URISyntaxException e) {
            return false;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!SCHEMES.contains(scheme) || uri.isOpaque() != (scheme.equals("tel") || scheme.equals("mailto"))) {
            return false;
        }
        return uri.isOpaque() ? !uri.getSchemeSpecificPart().isBlank() : uri.getHost() != null;
    }
}
