/** Safe retries: running a write at most once per client-chosen key, across server instances (ADR 014). */
package dev.opencif.application.port.in.idempotency;
