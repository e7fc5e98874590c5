package dev.opencif.archfixture.domainimportsadapter.adapter.rest;

/** Fixture: an adapter type. */
public record CustomerJson(String name) {
}
