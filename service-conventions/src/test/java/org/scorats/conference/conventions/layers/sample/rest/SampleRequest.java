package org.scorats.conference.conventions.layers.sample.rest;

/** A REST type that the sample service wrongly takes. */
public record SampleRequest(String name) {
}
