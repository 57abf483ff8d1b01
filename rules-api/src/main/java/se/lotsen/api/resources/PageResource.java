package se.lotsen.api.resources;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The web pages: the staff page at / and the policy owners' workbench at /policy/. Their scripts
 * and styles come from /static. The pages need no key; every call they make does.
 */
@Path("/")
@Hidden
public class PageResource {
    private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";

    private final String staffPage = read("/assets/index.html");
    private final String workbench = read("/assets/policy.html");

    @GET
    @Produces(HTML)
    public String staffPage() {
        return staffPage;
    }

    @GET
    @Path("policy/")
    @Produces(HTML)
    public String workbench() {
        return workbench;
    }

    private static String read(String resource) {
        try (InputStream in = PageResource.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
