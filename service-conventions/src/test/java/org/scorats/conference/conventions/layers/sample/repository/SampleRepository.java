package org.scorats.conference.conventions.layers.sample.repository;

/** A repository, which the sample resource wrongly calls. */
public class SampleRepository {

    public String find() {
        return "sample";
    }
}
