package org.scorats.conference.conventions.layers.sample.service;

import org.scorats.conference.conventions.layers.sample.rest.SampleRequest;

/** Breaks the rule on purpose: a service that takes a REST type. */
public class SampleService {

    public String create(SampleRequest request) {
        return request.name();
    }
}
