package se.lotsen.api.errors;

import io.dropwizard.jersey.setup.JerseyEnvironment;

/** Lotsen's own exception mappers, so every error has one shape and never a stack trace. */
public final class ErrorMappers {
    private ErrorMappers() {
    }

    public static void register(JerseyEnvironment jersey) {
        jersey.register(new JsonProcessingExceptionMapper());
        jersey.register(new InvalidRequestExceptionMapper());
        jersey.register(new ConstraintViolationExceptionMapper());
        jersey.register(new WebApplicationExceptionMapper());
        jersey.register(new UnavailableExceptionMapper());
        jersey.register(new UnexpectedExceptionMapper());
    }
}
