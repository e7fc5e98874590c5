package dev.opencif.server;

import dev.opencif.dialect.DialectHandler;
import dev.opencif.dialect.DialectRequest;
import dev.opencif.dialect.DialectResponse;
import dev.opencif.dialect.ServerFailure;

/** A real dialect that takes {@code millis} longer for every request: to fill the server's slots on purpose. */
record SlowedDialect(DialectHandler real, long millis) implements DialectHandler {

    @Override
    public String name() {
        return real.name();
    }

    @Override
    public boolean serves(String path) {
        return real.serves(path);
    }

    @Override
    public DialectResponse handle(DialectRequest request) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return real.handle(request);
    }

    @Override
    public DialectResponse failure(ServerFailure failure) {
        return real.failure(failure);
    }
}
