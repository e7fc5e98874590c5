package dev.opencif.application.port.out;

import java.util.function.Supplier;

/**
 * Runs a multi-step use case atomically: everything {@code work} writes through the persistence ports
 * is committed together, or nothing is when it throws. Nested calls join the outer unit of work.
 */
public interface UnitOfWorkPort {

    <T> T inTransaction(Supplier<T> work);
}
