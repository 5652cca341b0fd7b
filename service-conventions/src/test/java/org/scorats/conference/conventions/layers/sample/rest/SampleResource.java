package org.scorats.conference.conventions.layers.sample.rest;

import jakarta.transaction.Transactional;
import org.scorats.conference.conventions.layers.sample.repository.SampleRepository;

/** Breaks two rules on purpose: a transaction on a resource, and a repository used from rest. */
public class SampleResource {

    private final SampleRepository repository = new SampleRepository();

    @Transactional
    public String read() {
        return repository.find();
    }
}
