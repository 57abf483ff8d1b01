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

/** The staff web page at /; its scripts and styles are served from /static. It needs no key; its calls do. */
@Path("/")
@Hidden
public class PageResource {
    private final String page;

    public PageResource() {
        try (InputStream in = PageResource.class.getResourceAsStream("/assets/index.html")) {
            this.page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the staff page is missing from the jar", e);
        }
    }

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public String page() {
        return page;
    }
}
