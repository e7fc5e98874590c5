/**
 * OpenCIF server: the composition root that will wire the application services to the JDBC adapter
 * and expose the REST and ESB adapters as one runnable process.
 *
 * <p>Status: being built; this module holds no wiring code yet.
 *
 * <p>The server is the only module allowed to depend on everything; {@code ArchitectureTest} checks the
 * whole of OpenCIF against {@code OpenCifArchitectureRules} from here.
 */
package dev.opencif.server;
