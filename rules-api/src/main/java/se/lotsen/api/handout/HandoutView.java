package se.lotsen.api.handout;

import io.dropwizard.views.common.View;
import java.nio.charset.StandardCharsets;

/** The parent's page, rendered by FreeMarker with HTML escaping on ({@code .ftlh}). */
public final class HandoutView extends View {
    private final Handout handout;

    HandoutView(Handout handout) {
        super("/views/handout.ftlh", StandardCharsets.UTF_8);
        this.handout = handout;
    }

    public Handout getHandout() {
        return handout;
    }
}
