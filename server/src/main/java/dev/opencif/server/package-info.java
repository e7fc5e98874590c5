/**
 * OpenCIF server: the composition root. {@link dev.opencif.server.OpenCifServer} opens the database (embedded H2 or
 * PostgreSQL through adapter-jdbc), wires the use cases with the server-side ports (iban4j IBANs, a JSON citizen
 * registry, configured API clients) and serves the five dialect adapters over the JDK's HTTP server.
 *
 * <p>The server is the only module allowed to depend on everything; {@code ArchitectureTest} checks the
 * whole of OpenCIF against {@code OpenCifArchitectureRules} from here.
 */
package dev.opencif.server;
